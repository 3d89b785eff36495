package id.go.jogjaprov.warta.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public's addresses of Warta's pages, from the configured public address ({@code
 * warta.public-url}), never from a request's Host header.
 */
@ApplicationScoped
public class PublicAddresses {

  @Inject
  @ConfigProperty(name = "warta.public-url")
  String publicUrl;

  /** The portal's own address, ending in a slash. */
  public String portal() {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  /** A page below the portal: {@code path} without a leading slash. */
  public String of(String path) {
    return portal() + path;
  }

  /** A public release's permanent address. */
  public String release(String slug) {
    return of("rilis/" + slug);
  }

  /** The portal's host name, as identifiers of its records name it. */
  public String host() {
    return URI.create(portal()).getHost();
  }
}
