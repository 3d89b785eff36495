package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.AttachmentContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The headers of a file download, the same for the API and the pages: the file's own type, never
 * sniffed, never run as a page; images shown in place, documents saved under their name (an ASCII
 * fallback and RFC 6266's UTF-8 form).
 */
public final class FileDownload {

  private FileDownload() {}

  public static Map<String, String> headers(AttachmentContent file) {
    return headers(file.fileName(), file.mediaType());
  }

  public static Map<String, String> headers(String fileName, String mediaType) {
    String disposition = mediaType.startsWith("image/") ? "inline" : "attachment";
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Map.of(
        "Content-Type",
        mediaType,
        "Content-Disposition",
        disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8,
        "X-Content-Type-Options",
        "nosniff",
        "Content-Security-Policy",
        "default-src 'none'; sandbox");
  }
}
