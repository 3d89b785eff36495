package id.go.jogjaprov.warta.archives.internal.infrastructure;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.internal.domain.ImageStamper;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Stamps JPEG and PNG images with Java 2D, in the words and colours of the record's PDF: the
 * marking in a band at the top and the bottom, whose copy it is in the footer, and the reader and
 * the export id faintly across the middle, so that a leaked copy names its reader. The font is the
 * one the PDFs embed, not whatever the server has.
 */
@ApplicationScoped
class Java2dImageStamper implements ImageStamper {

  /**
   * The most pixels opened: a camera's photograph, about 175 MB while it is stamped (a JPEG of a
   * few megabytes can hold far more than it weighs).
   */
  static final long MOST_PIXELS = 25_000_000L;

  private static final Map<String, String> FORMATS =
      Map.of("image/jpeg", "jpeg", "image/png", "png");

  private static final Font FONT = font();

  private static Font font() {
    try (InputStream ttf =
        OpenPdfRecordPrinter.class
            .getClassLoader()
            .getResourceAsStream(OpenPdfRecordPrinter.FONT)) {
      if (ttf == null) {
        throw new IllegalStateException("No font " + OpenPdfRecordPrinter.FONT);
      }
      return Font.createFont(Font.TRUETYPE_FONT, ttf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<byte[]> stamped(
      byte[] image, String mediaType, Classification classification, ExportStamp stamp) {
    String format = FORMATS.get(mediaType);
    if (format == null) {
      return Optional.empty();
    }
    try {
      Optional<BufferedImage> original = opened(image);
      if (original.isEmpty()) {
        return Optional.empty();
      }
      BufferedImage copy =
          marked(original.get(), new Upright(orientationOf(image)), format, classification, stamp);
      return Optional.of(encoded(copy, format));
    } catch (IOException | RuntimeException unstampable) {
      // A damaged image, or one Java cannot read (CMYK JPEG): the caller gives it as it is and says
      // so in the audit trail.
      return Optional.empty();
    }
  }

  /** The image, unless it cannot be read or holds more than {@link #MOST_PIXELS}. */
  private static Optional<BufferedImage> opened(byte[] image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_PIXELS) {
          return Optional.empty();
        }
        return Optional.of(reader.read(0));
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The orientation (1 to 8) a camera wrote into the image's EXIF; 1, as stored, when it wrote
   * none. The copy is written without EXIF, so it is turned upright here.
   */
  private static int orientationOf(byte[] image) {
    try {
      ExifIFD0Directory exif =
          ImageMetadataReader.readMetadata(new ByteArrayInputStream(image))
              .getFirstDirectoryOfType(ExifIFD0Directory.class);
      return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
          ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION)
          : 1;
    } catch (ImageProcessingException | IOException | MetadataException unreadable) {
      return 1;
    }
  }

  /** What turns a stored image of {@code width} × {@code height} upright for each orientation. */
  private record Upright(int orientation) {

    boolean turned() {
      return orientation >= 5 && orientation <= 8;
    }

    AffineTransform transform(int width, int height) {
      return switch (orientation) {
        case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
        case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
        case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
        case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
        case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
        case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
        case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
        default -> new AffineTransform();
      };
    }
  }

  private static BufferedImage marked(
      BufferedImage original,
      Upright upright,
      String format,
      Classification classification,
      ExportStamp stamp) {
    int width = upright.turned() ? original.getHeight() : original.getWidth();
    int height = upright.turned() ? original.getWidth() : original.getHeight();
    BufferedImage copy =
        new BufferedImage(
            width,
            height,
            format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(original, upright.transform(original.getWidth(), original.getHeight()), null);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int band = Math.max(16, height / 14);
      int footer = band / 2;
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, band);
      g.fillRect(0, height - band - footer, width, band + footer);
      g.setComposite(AlphaComposite.SrcOver);
      g.setColor(
          classification == Classification.BIASA
              ? Color.DARK_GRAY
              : OpenPdfRecordPrinter.MARKING_RED);
      String marking = classification.marking();
      centred(g, marking, width, band * 0.6f, band * 0.75f);
      centred(g, marking, width, band * 0.6f, height - band * 0.25f);
      g.setColor(Color.BLACK);
      centred(
          g,
          OpenPdfRecordPrinter.copyFor(stamp),
          width,
          footer * 0.6f,
          height - band - footer * 0.3f);
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.22f));
      g.setColor(Color.GRAY);
      g.rotate(-Math.atan2(height, width), width / 2.0, height / 2.0);
      centred(
          g,
          stamp.viewer().value() + " · " + stamp.id(),
          (int) Math.hypot(width, height),
          band * 0.8f,
          height / 2.0f + band * 0.3f,
          width / 2.0f);
    } finally {
      g.dispose();
    }
    return copy;
  }

  private static void centred(Graphics2D g, String text, int room, float size, float baseline) {
    centred(g, text, room, size, baseline, room / 2.0f);
  }

  /**
   * Draws {@code text} centred on {@code centre} at {@code baseline}, in {@code size} points or
   * smaller, so that it fits {@code room}.
   */
  private static void centred(
      Graphics2D g, String text, int room, float size, float baseline, float centre) {
    Font font = FONT.deriveFont(size);
    float wide = (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    if (wide > room * 0.95f) {
      font = FONT.deriveFont(size * room * 0.95f / wide);
      wide = (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }
    g.setFont(font);
    g.drawString(text, centre - wide / 2, baseline);
  }

  private static byte[] encoded(BufferedImage image, String format) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam quality = writer.getDefaultWriteParam();
      if (format.equals("jpeg")) {
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.9f);
      }
      writer.write(null, new IIOImage(image, null, null), quality);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
