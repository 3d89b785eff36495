package id.go.jogjaprov.warta.content.internal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a release may carry, by media type, with the names they may go by. */
public enum FileKind {
  PDF("application/pdf", "PDF", List.of("pdf")),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "DOCX",
      List.of("docx")),
  ODT("application/vnd.oasis.opendocument.text", "ODT", List.of("odt")),
  JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg")),
  PNG("image/png", "PNG", List.of("png"));

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  FileKind(String mediaType, String label, List<String> extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  public boolean isImage() {
    return this == JPEG || this == PNG;
  }

  boolean goesBy(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }

  String extension() {
    return extensions.get(0);
  }

  static Optional<FileKind> ofMediaType(String mediaType) {
    for (FileKind kind : values()) {
      if (kind.mediaType.equals(mediaType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kind a file name claims by its extension, if any. */
  static Optional<FileKind> claimedBy(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1);
    for (FileKind kind : values()) {
      if (kind.goesBy(extension)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
