package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.DestructionOutcome;
import id.go.jogjaprov.warta.archives.api.DestructionStatus;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.archives.api.RetentionStage;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed record read back by another PDF library (PDFBox), page by page. */
class OpenPdfRecordPrinterTest {

  private static final String WORDS =
      "Sri Sultan Hamengku Buwono X meninjau “Jogja Istimewa” — posko tanggap darurat Merapi"
          + " di Cangkringan; kafe “Kopi Klotok” ikut membantu.";

  private final OpenPdfRecordPrinter printer = new OpenPdfRecordPrinter();

  @Test
  void aClassifiedRecordIsMarkedAboveAndBelowAndStampedOnEveryPage() throws IOException {
    ExportStamp stamp =
        new ExportStamp(
            UUID.randomUUID(), new Username("arsiparis"), Instant.parse("2026-11-30T03:04:00Z"));

    List<String> pages =
        pages(printer.pdf(record(Classification.RAHASIA, 120), Optional.of(stamp)));

    assertTrue(pages.size() >= 3, "a long record runs over pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertEquals(2, count(page, "RAHASIA"), "marked at the top and the bottom of page " + i);
      assertTrue(page.contains(stamp.id().toString()), "the export id on page " + i);
      assertTrue(page.contains("arsiparis"), "the viewer on page " + i);
      assertTrue(page.contains("30 November 2026 10.04 WIB"), "the time, in WIB, on page " + i);
      assertTrue(page.contains("Halaman " + (i + 1)), "numbered: page " + i);
    }
  }

  @Test
  void aFileOfARecordIsStampedOnEveryPageAndOneThatCannotBeGoesUnstamped() throws IOException {
    ExportStamp stamp =
        new ExportStamp(
            UUID.randomUUID(), new Username("kabid.humas"), Instant.parse("2026-11-30T03:04:00Z"));
    byte[] attached = printer.pdf(record(Classification.BIASA, 120), Optional.empty());
    int attachedPages = pages(attached).size();

    List<String> pages =
        pages(printer.stamped(attached, Classification.TERBATAS, stamp).orElseThrow());

    assertEquals(attachedPages, pages.size(), "the same pages");
    for (int i = 0; i < pages.size(); i++) {
      assertTrue(pages.get(i).contains("Laporan uji"), "the file's own text on page " + i);
      assertTrue(pages.get(i).contains("TERBATAS"), "marked on page " + i);
      assertTrue(pages.get(i).contains(stamp.id().toString()), "the export id on page " + i);
      assertTrue(pages.get(i).contains("kabid.humas"), "the viewer on page " + i);
    }
    assertEquals(
        Optional.empty(),
        printer.stamped(
            "bukan PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Classification.RAHASIA,
            stamp));
    assertEquals(
        Optional.empty(),
        printer.stamped(
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            Classification.RAHASIA,
            stamp),
        "no pages to stamp");
  }

  @Test
  void aBiasaRecordIsMarkedButCarriesNoStamp() throws IOException {
    List<String> pages = pages(printer.pdf(record(Classification.BIASA, 3), Optional.empty()));

    assertEquals(1, pages.size());
    assertEquals(2, count(pages.get(0), "BIASA"));
    assertFalse(pages.get(0).contains("ekspor"), pages.get(0));
  }

  @Test
  void everyLetterOfTheTextPrints() throws IOException {
    String text =
        String.join("\n", pages(printer.pdf(record(Classification.TERBATAS, 1), Optional.empty())));

    assertTrue(text.contains("“Jogja Istimewa” — posko"), text);
    assertTrue(text.contains("Laporan uji 1"), text);
  }

  static ArchiveRecordDetails record(Classification level, int paragraphs) {
    String body =
        IntStream.rangeClosed(1, paragraphs)
            .mapToObj(n -> "Laporan uji " + n + ". " + WORDS)
            .collect(Collectors.joining("\n"));
    return new ArchiveRecordDetails(
        UUID.randomUUID(),
        "AR-2026-0001",
        UUID.randomUUID(),
        "NEWS",
        "Kunjungan ke posko pengungsian",
        "Gubernur meninjau posko.",
        body,
        level,
        UnitPath.of("/Pemda DIY/Diskominfo DIY"),
        "staf.humas",
        Instant.parse("2026-11-02T01:00:00Z"),
        Instant.parse("2026-11-02T01:00:01Z"),
        "487.1",
        new RecordRetention(
            "HUM-01",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            RetentionStage.ACTIVE),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        TRAIL,
        Optional.of(
            new SealedApproval(
                new SealStatement(
                    "AbCdEfGhIjKlMnOpQrStUv",
                    new ReleaseId(UUID.randomUUID()),
                    2,
                    "ab".repeat(32),
                    List.of("kabid.humas"),
                    Instant.parse("2026-11-02T00:59:00Z")),
                "uji-1",
                "c2lnbmF0dXJl")));
  }

  static final List<ApprovalTrailStep> TRAIL =
      List.of(
          new ApprovalTrailStep(
              ReviewMove.SUBMIT,
              ReleaseStatus.IN_REVIEW,
              1,
              new Username("staf.humas"),
              Optional.empty(),
              Instant.parse("2026-11-01T02:00:00Z")),
          new ApprovalTrailStep(
              ReviewMove.APPROVE,
              ReleaseStatus.APPROVED,
              2,
              new Username("kasi.humas"),
              Optional.of(new Username("kabid.humas")),
              Instant.parse("2026-11-02T00:59:00Z")),
          new ApprovalTrailStep(
              ReviewMove.PUBLISH,
              ReleaseStatus.PUBLISHED,
              2,
              new Username("kasi.humas"),
              Optional.empty(),
              Instant.parse("2026-11-02T01:00:00Z")));

  @Test
  void theRecordPrintsTheTrailOfItsReviewAndItsSeal() throws IOException {
    ArchiveRecordDetails record = record(Classification.BIASA, 1);
    String text = String.join("\n", pages(printer.pdf(record, Optional.empty())));

    assertTrue(text.contains("Jejak persetujuan"), text);
    assertTrue(
        text.contains(
            "2 November 2026 07.59 WIB · Disetujui → Disetujui · revisi 2 · kasi.humas a.n. kabid.humas"),
        text);
    assertTrue(text.contains("Diterbitkan → Terbit"), text);
    assertTrue(text.contains("AbCdEfGhIjKlMnOpQrStUv (kunci uji-1)"), text);
    assertTrue(text.contains("ab".repeat(32)), "the approved text's fingerprint: " + text);
  }

  @Test
  void theMinutesListEveryRecordWithWhatBecameOfIt() throws IOException {
    var list =
        new DestructionListDetails(
            UUID.randomUUID(),
            "USUL-MUSNAH/2026/AAAA-BBBB-CCCC",
            UnitPath.of("/Pemda DIY/Diskominfo DIY"),
            Classification.TERBATAS,
            DestructionStatus.APPROVED,
            "Pengumuman layanan lama",
            new Username("arsiparis"),
            Instant.parse("2026-11-02T01:00:00Z"),
            Optional.of(new Username("kadis.kominfo")),
            Optional.of(Instant.parse("2026-11-03T02:00:00Z")),
            List.of(
                entry("ARSIP/2023/AAAA-0000-0001", DestructionOutcome.DESTROYED),
                entry("ARSIP/2023/AAAA-0000-0002", DestructionOutcome.REFUSED_LEGAL_HOLD)));
    ExportStamp stamp =
        new ExportStamp(UUID.randomUUID(), new Username("kadis.kominfo"), Instant.now());

    String text = String.join("\n", pages(printer.minutes(list, Optional.of(stamp))));

    assertTrue(text.contains("BERITA ACARA PEMUSNAHAN ARSIP"), text);
    assertTrue(text.contains("ARSIP/2023/AAAA-0000-0001 Pengumuman"), text);
    assertTrue(text.contains("HUM-03 Dimusnahkan"), text);
    assertTrue(text.contains("HUM-03 Ditolak"), text);
    assertTrue(text.contains(stamp.id().toString()), text);
    assertEquals(2, count(text, "TERBATAS"), text);
  }

  private static DestructionListDetails.Entry entry(String number, DestructionOutcome outcome) {
    return new DestructionListDetails.Entry(
        UUID.randomUUID(),
        number,
        "Pengumuman jadwal layanan",
        Classification.TERBATAS,
        UnitPath.of("/Pemda DIY/Diskominfo DIY"),
        Instant.parse("2023-01-05T01:00:00Z"),
        "HUM-03",
        outcome);
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static long count(String text, String word) {
    return Pattern.compile("\\b" + word + "\\b").matcher(text).results().count();
  }
}
