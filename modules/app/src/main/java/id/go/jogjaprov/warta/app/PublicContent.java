package id.go.jogjaprov.warta.app;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How public content (and only public content) is cached: by a digest of the very bytes sent, so
 * that any change to what is shown — a withdrawal included — changes the tag, and with {@code
 * public, no-cache}, so that caches may keep it but must ask each time and a release withdrawn or
 * raised above Biasa is never served from a cache once it is gone here.
 */
public final class PublicContent {

  public static final String CACHE_CONTROL = "public, no-cache";

  private PublicContent() {}

  /** The entity tag of these bytes, without its quotes. */
  public static String tagOf(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
