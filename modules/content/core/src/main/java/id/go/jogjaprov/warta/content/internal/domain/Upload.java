package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * A file someone wants to attach, checked before anything is stored: its kind is decided by its
 * content (Apache Tika's magic bytes, then a look inside ZIP containers), never by its name, and a
 * name that claims another kind is refused; documents that expand out of all proportion (a ZIP
 * bomb) and images too large to decode safely are refused; images get a thumbnail.
 */
public final class Upload {

  /** Most a document may expand to when unpacked, and by how many times its own size. */
  static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

  static final int MAX_EXPANSION = 100;
  static final int MAX_ENTRIES = 5_000;

  /** Most pixels an image may have; decoding allocates four bytes for each. */
  static final long MAX_PIXELS = 50_000_000L;

  static final int THUMBNAIL_WIDTH = 320;

  private static final Tika TIKA = new Tika();

  private final String fileName;
  private final FileKind kind;
  private final byte[] content;
  private final String sha256;
  private final byte[] thumbnail;

  private Upload(String fileName, FileKind kind, byte[] content, byte[] thumbnail) {
    this.fileName = fileName;
    this.kind = kind;
    this.content = content;
    this.sha256 = sha256(content);
    this.thumbnail = thumbnail;
  }

  /** Checks a file of {@code name} holding {@code content}; refuses with field {@code file}. */
  public static Upload of(String name, byte[] content, long maxBytes) {
    String fileName = fileName(name);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", ContentMessages.FILE_EMPTY);
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException(
          "file", ContentMessages.FILE_TOO_LARGE, maxBytes / (1024 * 1024));
    }
    FileKind kind = detect(content);
    Optional<FileKind> claimed = FileKind.claimedBy(fileName);
    if (claimed.isPresent() && claimed.get() != kind) {
      throw new InvalidInputException(
          "file",
          ContentMessages.FILE_NAME_CLAIMS_OTHER_KIND,
          fileName.substring(fileName.lastIndexOf('.') + 1),
          kind.label());
    }
    if (claimed.isEmpty()) {
      fileName = fileName + "." + kind.extension();
    }
    byte[] thumbnail = kind.isImage() ? thumbnail(content, kind) : null;
    return new Upload(fileName, kind, content, thumbnail);
  }

  private static FileKind detect(byte[] content) {
    String detected = TIKA.detect(content);
    Optional<FileKind> kind = FileKind.ofMediaType(detected);
    if (kind.filter(k -> k != FileKind.ODT).isPresent()) {
      return kind.get();
    }
    if (kind.isPresent()
        || detected.equals("application/zip")
        || detected.equals("application/x-tika-ooxml")) {
      return container(content);
    }
    throw new InvalidInputException("file", ContentMessages.FILE_KIND_NOT_ALLOWED);
  }

  /**
   * A word-processing document inside a ZIP container: DOCX by its main part, ODT by its declared
   * type. Every entry is unpacked (and counted) so that a bomb is found before anything is kept.
   */
  private static FileKind container(byte[] content) {
    boolean wordDocument = false;
    String odfType = null;
    long unpacked = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      byte[] buffer = new byte[8192];
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          throw bomb();
        }
        wordDocument |= entry.getName().equals("word/document.xml");
        ByteArrayOutputStream mimetype =
            entry.getName().equals("mimetype") ? new ByteArrayOutputStream() : null;
        for (int read; (read = zip.read(buffer)) > 0; ) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES || unpacked > (long) MAX_EXPANSION * content.length) {
            throw bomb();
          }
          if (mimetype != null && mimetype.size() < 200) {
            mimetype.write(buffer, 0, read);
          }
        }
        if (mimetype != null) {
          odfType = mimetype.toString(StandardCharsets.US_ASCII).strip();
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("file", ContentMessages.DOCUMENT_DAMAGED);
    }
    if (FileKind.ODT.mediaType().equals(odfType)) {
      return FileKind.ODT;
    }
    if (wordDocument && odfType == null) {
      return FileKind.DOCX;
    }
    throw new InvalidInputException("file", ContentMessages.FILE_KIND_NOT_ALLOWED);
  }

  private static InvalidInputException bomb() {
    return new InvalidInputException("file", ContentMessages.ZIP_BOMB);
  }

  /** A small copy of an image; its size is read first, so a huge image is refused undecoded. */
  private static byte[] thumbnail(byte[] content, FileKind kind) {
    try (ImageInputStream input =
        ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw damagedImage();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > MAX_PIXELS) {
          throw new InvalidInputException("file", ContentMessages.IMAGE_TOO_LARGE, width, height);
        }
        BufferedImage image = reader.read(0);
        int w = (int) Math.min(THUMBNAIL_WIDTH, width);
        int h = (int) Math.max(1, Math.round((double) height * w / width));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, kind == FileKind.PNG ? "png" : "jpg", out);
        return out.toByteArray();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw damagedImage();
    }
  }

  private static InvalidInputException damagedImage() {
    return new InvalidInputException("file", ContentMessages.IMAGE_DAMAGED);
  }

  /** The last part of a name, without control characters, quotes or path, at most 255 long. */
  static String fileName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
    if (base.startsWith(".")) {
      base = "lampiran" + base;
    }
    if (base.isEmpty()) {
      base = "lampiran";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String fileName() {
    return fileName;
  }

  public FileKind kind() {
    return kind;
  }

  byte[] content() {
    return content;
  }

  String sha256() {
    return sha256;
  }

  Optional<byte[]> thumbnailBytes() {
    return Optional.ofNullable(thumbnail);
  }
}
