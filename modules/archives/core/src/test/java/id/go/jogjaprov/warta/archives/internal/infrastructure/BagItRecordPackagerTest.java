package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A transfer package read back as the receiving archive would: a valid BagIt 1.0 bag whose
 * manifests hold the checksums of what is in it, whose Payload-Oxum counts it, and whose Dublin
 * Core describes each record.
 */
class BagItRecordPackagerTest {

  private final BagItRecordPackager packager = new BagItRecordPackager();

  {
    packager.printer = new OpenPdfRecordPrinter();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  /** The record under another number, keeping {@code files}, published under {@code seal}. */
  private static ArchiveRecordDetails copy(
      ArchiveRecordDetails r,
      String number,
      List<RecordFile> files,
      Optional<SealedApproval> seal) {
    return new ArchiveRecordDetails(
        r.id(),
        number,
        r.releaseId(),
        r.type(),
        r.title(),
        r.lead(),
        r.body(),
        r.classification(),
        r.unit(),
        r.author(),
        r.publishedAt(),
        r.archivedAt(),
        r.subjectCode(),
        r.retention(),
        r.legalHold(),
        r.reviewOn(),
        files,
        r.corrects(),
        r.correctedBy(),
        r.approvalTrail(),
        seal);
  }

  /** A seal signed as Warta signs one, with a key of the test's own. */
  private static SealedApproval signed(SealStatement statement, KeyPair key) throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.getPrivate());
    signer.update(statement.bytes());
    return new SealedApproval(
        statement, "uji-2026", Base64.getEncoder().encodeToString(signer.sign()));
  }

  private static String pem(KeyPair key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * What a receiving archive does with the bag alone: checks a record's seal with the bag's key.
   */
  private static boolean sealHolds(Map<String, byte[]> bag, String folder) throws Exception {
    String pem =
        new String(bag.get("serah-uji/data/warta-seal-key.pem"), StandardCharsets.US_ASCII);
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    String signature =
        new String(bag.get(folder + "seal-signature.txt"), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> line.startsWith("Signature-Ed25519-Base64: "))
            .findFirst()
            .orElseThrow()
            .substring("Signature-Ed25519-Base64: ".length());
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(bag.get(folder + "seal-statement.txt"));
    return verifier.verify(Base64.getDecoder().decode(signature));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void theBagCarriesEveryRecordWithChecksumsThatHoldAndDescribesItself() throws Exception {
    byte[] photo = "foto posko".getBytes(StandardCharsets.UTF_8);
    RecordFile kept =
        new RecordFile(
            UUID.randomUUID(),
            "foto posko (1).jpg",
            "image/jpeg",
            photo.length,
            sha256(photo),
            Optional.of("Posko pengungsian"),
            Optional.empty());
    ArchiveRecordDetails plain = OpenPdfRecordPrinterTest.record(Classification.BIASA, 2);
    KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SealStatement statement = plain.seal().orElseThrow().statement();
    ArchiveRecordDetails first =
        copy(plain, plain.recordNumber(), List.of(kept), Optional.of(signed(statement, key)));
    ArchiveRecordDetails second =
        copy(
            OpenPdfRecordPrinterTest.record(Classification.BIASA, 1),
            "ARSIP/2019/ABCD",
            List.of(),
            Optional.empty());
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", "Pemerintah Daerah DIY");
    info.put("External-Identifier", "paket-uji");
    Map<String, byte[]> files =
        unzip(
            packager.bag(
                "serah-uji", info, List.of(first, second), Map.of(kept.id(), photo), pem(key)));

    assertEquals(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        new String(files.get("serah-uji/bagit.txt"), StandardCharsets.UTF_8));
    String folder = "serah-uji/data/" + first.recordNumber().replaceAll("[^A-Za-z0-9-]", "-") + "/";
    assertTrue(files.containsKey(folder + "record.pdf"), files.keySet().toString());
    assertTrue(
        new String(files.get(folder + "record.txt"), StandardCharsets.UTF_8)
            .startsWith(first.title()));

    long payloadBytes = 0;
    int payloadFiles = 0;
    for (String line :
        new String(files.get("serah-uji/manifest-sha256.txt"), StandardCharsets.UTF_8)
            .split("\n")) {
      String[] sum = line.split("  ", 2);
      byte[] content = files.get("serah-uji/" + sum[1]);
      assertEquals(sum[0], sha256(content), sum[1]);
      payloadBytes += content.length;
      payloadFiles++;
    }
    assertEquals(
        10,
        payloadFiles,
        "PDF, text and Dublin Core of each record, the file kept, the first's seal and the key");
    assertArrayEquals(statement.bytes(), files.get(folder + "seal-statement.txt"));
    assertTrue(sealHolds(files, folder), "the seal checks with the key in the bag");
    String secondFolder = "serah-uji/data/ARSIP-2019-ABCD/";
    assertTrue(files.containsKey(secondFolder + "dc.xml"), files.keySet().toString());
    assertFalse(
        files.containsKey(secondFolder + "seal-statement.txt"), "a record without a seal has none");
    assertArrayEquals(photo, files.get(folder + "files/1-foto-posko--1-.jpg"), "the file as kept");
    for (String line :
        new String(files.get("serah-uji/tagmanifest-sha256.txt"), StandardCharsets.UTF_8)
            .split("\n")) {
      String[] sum = line.split("  ", 2);
      assertEquals(sum[0], sha256(files.get("serah-uji/" + sum[1])), sum[1]);
    }
    String bagInfo = new String(files.get("serah-uji/bag-info.txt"), StandardCharsets.UTF_8);
    assertTrue(bagInfo.startsWith("Source-Organization: Pemerintah Daerah DIY\n"), bagInfo);
    assertTrue(bagInfo.contains("Payload-Oxum: " + payloadBytes + "." + payloadFiles), bagInfo);

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dc =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get(folder + "dc.xml")));
    String ns = "http://purl.org/dc/elements/1.1/";
    assertEquals(
        first.recordNumber(), dc.getElementsByTagNameNS(ns, "identifier").item(0).getTextContent());
    assertEquals(first.title(), dc.getElementsByTagNameNS(ns, "title").item(0).getTextContent());
    assertEquals("Biasa", dc.getElementsByTagNameNS(ns, "rights").item(0).getTextContent());
    assertEquals(
        "kabid.humas",
        dc.getElementsByTagNameNS(ns, "contributor").item(0).getTextContent(),
        "the approvers its seal names");
    assertEquals(
        "files/1-foto-posko--1-.jpg",
        dc.getElementsByTagNameNS(ns, "relation").item(1).getTextContent(),
        "the record names the files it keeps");
  }
}
