package id.go.jogjaprov.warta.archives.internal.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.DestructionOutcome;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.api.RecordLink;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPrinter;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Records, and the minutes of their destruction, as PDFs with OpenPDF, in the office's language
 * (they are official documents). The text is set in the Liberation Sans that OpenPDF bundles,
 * embedded, so that any letter of the record prints.
 */
@ApplicationScoped
public class OpenPdfRecordPrinter implements RecordPrinter {

  static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", java.util.Locale.forLanguageTag("id"))
          .withZone(OfficeTime.ZONE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d-M-yyyy").withZone(OfficeTime.ZONE);
  static final Color MARKING_RED = new Color(0xB0, 0x00, 0x20);

  @Override
  public byte[] pdf(ArchiveRecordDetails record, Optional<ExportStamp> stamp) {
    return print(
        record.recordNumber(),
        record.classification(),
        stamp,
        (document, font) -> {
          document.add(
              paragraph(record.recordNumber(), new Font(font, 10, Font.NORMAL, Color.GRAY), 4));
          document.add(paragraph(record.title(), new Font(font, 18), 10));
          Font meta = new Font(font, 10, Font.NORMAL, Color.DARK_GRAY);
          document.add(paragraph("Unit: " + record.unit().name(), meta, 0));
          document.add(paragraph("Jenis: " + record.type(), meta, 0));
          document.add(paragraph("Penulis: " + record.author(), meta, 0));
          document.add(paragraph("Terbit: " + WHEN.format(record.publishedAt()), meta, 0));
          document.add(paragraph("Diarsipkan: " + WHEN.format(record.archivedAt()), meta, 0));
          for (RecordLink corrected : record.corrects()) {
            document.add(paragraph("Ralat atas: " + named(corrected), meta, 0));
          }
          for (RecordLink correction : record.correctedBy()) {
            document.add(paragraph("Diralat oleh: " + named(correction), meta, 0));
          }
          document.add(paragraph("Klasifikasi: " + record.classification().label(), meta, 14));
          if (record.lead() != null && !record.lead().isBlank()) {
            document.add(paragraph(record.lead(), new Font(font, 12, Font.ITALIC), 10));
          }
          Font body = new Font(font, 11);
          for (String passage : record.body().split("\\R")) {
            if (!passage.isBlank()) {
              document.add(paragraph(passage, body, 6));
            }
          }
          if (!record.files().isEmpty()) {
            document.add(paragraph("Lampiran", new Font(font, 12, Font.BOLD), 4));
            for (RecordFile file : record.files()) {
              document.add(
                  paragraph(
                      file.fileName() + " (" + file.sizeBytes() + " bita) SHA-256 " + file.sha256(),
                      meta,
                      2));
            }
          }
          if (!record.approvalTrail().isEmpty()) {
            document.add(paragraph("Jejak persetujuan", new Font(font, 12, Font.BOLD), 4));
            for (ApprovalTrailStep step : record.approvalTrail()) {
              document.add(paragraph(stepLine(step), meta, 2));
            }
          }
          record
              .seal()
              .ifPresent(
                  approval ->
                      document.add(
                          paragraph(
                              "Segel persetujuan "
                                  + approval.statement().seal()
                                  + " (kunci "
                                  + approval.keyId()
                                  + "), revisi "
                                  + approval.statement().revision()
                                  + ", SHA-256 teks "
                                  + approval.statement().textSha256(),
                              meta,
                              2)));
        });
  }

  private static String stepLine(ApprovalTrailStep step) {
    return WHEN.format(step.at())
        + " · "
        + step.move().label()
        + " → "
        + step.reached().label()
        + " · revisi "
        + step.revision()
        + " · "
        + step.by().value()
        + step.onBehalfOf().map(head -> " a.n. " + head.value()).orElse("");
  }

  private static String named(RecordLink record) {
    return record.recordNumber()
        + " "
        + record.title()
        + " ("
        + WHEN.format(record.publishedAt())
        + ")";
  }

  @Override
  public byte[] minutes(DestructionListDetails list, Optional<ExportStamp> stamp) {
    return print(
        list.number(),
        list.level(),
        stamp,
        (document, font) -> {
          Font text = new Font(font, 11);
          Paragraph heading = paragraph("BERITA ACARA PEMUSNAHAN ARSIP", new Font(font, 15), 2);
          heading.setAlignment(Element.ALIGN_CENTER);
          document.add(heading);
          Paragraph number = paragraph("Nomor " + list.number(), text, 16);
          number.setAlignment(Element.ALIGN_CENTER);
          document.add(number);
          document.add(
              paragraph(
                  "Pada "
                      + list.decidedAt().map(WHEN::format).orElse("-")
                      + ", "
                      + list.decidedBy().map(Username::value).orElse("-")
                      + ", kepala "
                      + list.agency().name()
                      + ", menyetujui daftar arsip usul musnah yang diusulkan oleh "
                      + list.proposedBy().value()
                      + " pada "
                      + WHEN.format(list.proposedAt())
                      + ". Arsip dalam daftar berikut telah jatuh tempo menurut Jadwal Retensi"
                      + " Arsip dengan keterangan akhir musnah, dan dimusnahkan dengan cara"
                      + " menghapus isinya dari Warta; tanda musnahnya tetap tersimpan. Arsip yang"
                      + " berada dalam penahanan hukum tidak dimusnahkan.",
                  text,
                  12));
          if (!list.note().isBlank()) {
            document.add(paragraph("Catatan pengusul: " + list.note(), text, 12));
          }
          Font cell = new Font(font, 8);
          PdfPTable table = new PdfPTable(new float[] {4, 29, 27, 11, 10, 8, 13});
          table.setWidthPercentage(100);
          table.setHeaderRows(1);
          for (String header :
              List.of("No.", "Nomor arsip", "Judul", "Klasifikasi", "Terbit", "JRA", "Hasil")) {
            table.addCell(new Phrase(header, new Font(font, 8, Font.BOLD)));
          }
          int row = 0;
          for (DestructionListDetails.Entry entry : list.entries()) {
            table.addCell(new Phrase(Integer.toString(++row), cell));
            table.addCell(new Phrase(entry.recordNumber(), cell));
            table.addCell(new Phrase(entry.title(), cell));
            table.addCell(new Phrase(entry.classification().label(), cell));
            table.addCell(new Phrase(DAY.format(entry.publishedAt()), cell));
            table.addCell(new Phrase(entry.retentionCode(), cell));
            table.addCell(new Phrase(outcome(entry.outcome()), cell));
          }
          document.add(table);
          Paragraph signatures =
              paragraph(
                  "Yang mengusulkan: "
                      + list.proposedBy().value()
                      + "          Yang menyetujui: "
                      + list.decidedBy().map(Username::value).orElse("-"),
                  text,
                  0);
          signatures.setSpacingBefore(24);
          document.add(signatures);
        });
  }

  private static String outcome(DestructionOutcome outcome) {
    return switch (outcome) {
      case DESTROYED -> "Dimusnahkan";
      case REFUSED_LEGAL_HOLD -> "Ditolak: penahanan hukum";
      case KEPT -> "Disimpan";
      case PROPOSED -> "Diusulkan";
    };
  }

  /** What a document holds; the frame (marking, stamp, page numbers) is the same for all. */
  @FunctionalInterface
  private interface Content {
    void write(Document document, BaseFont font) throws DocumentException;
  }

  private static byte[] print(
      String title, Classification classification, Optional<ExportStamp> stamp, Content content) {
    try {
      BaseFont font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // Margins leave room for the marking above and below the text, and for the footer.
      Document document = new Document(PageSize.A4, 60, 60, 80, 90);
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new EveryPage(font, classification, stamp));
      document.addTitle(title);
      document.addCreator("Warta");
      document.open();
      content.write(document, font);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PDF font " + FONT, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot print " + title, e);
    }
  }

  private static Paragraph paragraph(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }

  @Override
  public Optional<byte[]> stamped(byte[] pdf, Classification classification, ExportStamp stamp) {
    try {
      BaseFont font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      PdfReader reader = new PdfReader(pdf);
      try {
        if (reader.isEncrypted() || reader.getNumberOfPages() == 0) {
          return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          frame(
              stamper.getOverContent(page),
              reader.getPageSizeWithRotation(page),
              page,
              font,
              classification,
              Optional.of(stamp));
        }
        stamper.close();
        return Optional.of(out.toByteArray());
      } finally {
        reader.close();
      }
    } catch (IOException | RuntimeException unstampable) {
      // A damaged file, or one OpenPDF cannot read (DocumentException and others are unchecked):
      // the caller gives the file as it is and says so.
      return Optional.empty();
    }
  }

  /**
   * Draws what every page carries: the marking above and below, the page number and, for a stamped
   * copy, the stamp in the footer and faintly across the page.
   */
  private static void frame(
      PdfContentByte over,
      Rectangle page,
      int number,
      BaseFont font,
      Classification classification,
      Optional<ExportStamp> stamp) {
    float middle = (page.getLeft() + page.getRight()) / 2;
    over.saveState();
    over.setColorFill(classification == Classification.BIASA ? Color.DARK_GRAY : MARKING_RED);
    text(over, font, 14, classification.marking(), middle, page.getTop() - 45, 0);
    text(over, font, 14, classification.marking(), middle, page.getBottom() + 30, 0);
    over.setColorFill(Color.DARK_GRAY);
    String footer = stamp.map(s -> copyFor(s) + " · ").orElse("") + "Halaman " + number;
    text(over, font, 8, footer, middle, page.getBottom() + 55, 0);
    stamp.ifPresent(
        s -> {
          PdfGState faint = new PdfGState();
          faint.setFillOpacity(0.18f);
          over.setGState(faint);
          over.setColorFill(Color.GRAY);
          float centre = (page.getBottom() + page.getTop()) / 2;
          text(
              over,
              font,
              26,
              s.viewer().value() + " · " + WHEN.format(s.at()),
              middle,
              centre + 20,
              45);
          text(over, font, 14, s.id().toString(), middle + 25, centre - 5, 45);
        });
    over.restoreState();
  }

  /** Whose copy it is, when it was taken and under which export id, as every stamped copy says. */
  static String copyFor(ExportStamp stamp) {
    return "Salinan untuk "
        + stamp.viewer().value()
        + ", "
        + WHEN.format(stamp.at())
        + " · ID ekspor "
        + stamp.id();
  }

  private static void text(
      PdfContentByte content,
      BaseFont font,
      float size,
      String text,
      float x,
      float y,
      float rotation) {
    content.beginText();
    content.setFontAndSize(font, size);
    content.showTextAligned(Element.ALIGN_CENTER, text, x, y, rotation);
    content.endText();
  }

  /** The frame of every page of a printed document. */
  private static final class EveryPage extends PdfPageEventHelper {

    private final BaseFont font;
    private final Classification classification;
    private final Optional<ExportStamp> stamp;

    EveryPage(BaseFont font, Classification classification, Optional<ExportStamp> stamp) {
      this.font = font;
      this.classification = classification;
      this.stamp = stamp;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      frame(
          writer.getDirectContent(),
          document.getPageSize(),
          writer.getPageNumber(),
          font,
          classification,
          stamp);
    }
  }
}
