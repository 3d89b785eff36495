package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.api.RecordLink;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPackager;
import id.go.jogjaprov.warta.archives.internal.domain.RecordPrinter;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A BagIt 1.0 bag (RFC 8493) in a ZIP: {@code bagit.txt}, {@code bag-info.txt}, the payload under
 * {@code data/} (per record a folder named after its number with {@code record.pdf}, {@code
 * record.txt}, {@code dc.xml}, Dublin Core, the files it keeps under {@code files/}, and the seal
 * it was published under: {@code seal-statement.txt}, exactly the bytes Warta signed, and {@code
 * seal-signature.txt}; Warta's public key for seals as {@code data/warta-seal-key.pem}), and
 * SHA-256 manifests of the payload and of the tag files. Written here rather than with the Library
 * of Congress's bagit-java, whose last release (2019) pulls in a pre-release Jackson; the format is
 * a handful of text files.
 */
@ApplicationScoped
class BagItRecordPackager implements RecordPackager {

  private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
  private static final String PUBLISHER = "Pemerintah Daerah Daerah Istimewa Yogyakarta";

  @Inject RecordPrinter printer;

  @Override
  public byte[] bag(
      String name,
      Map<String, String> info,
      List<ArchiveRecordDetails> records,
      Map<UUID, byte[]> fileContents,
      String sealKeyPem) {
    Map<String, byte[]> payload = new LinkedHashMap<>();
    for (ArchiveRecordDetails record : records) {
      String folder = "data/" + safe(record.recordNumber()) + "/";
      payload.put(folder + "record.pdf", printer.pdf(record, Optional.empty()));
      payload.put(folder + "record.txt", utf8(text(record)));
      List<String> kept = new ArrayList<>();
      for (RecordFile file : record.files()) {
        String path = "files/" + (kept.size() + 1) + "-" + safe(file.fileName());
        payload.put(folder + path, fileContents.get(file.id()));
        kept.add(path);
      }
      payload.put(folder + "dc.xml", dublinCore(record, kept));
      record
          .seal()
          .ifPresent(
              approval -> {
                payload.put(folder + "seal-statement.txt", approval.statement().bytes());
                payload.put(
                    folder + "seal-signature.txt",
                    utf8(
                        "Key-Id: "
                            + approval.keyId()
                            + "\nSignature-Ed25519-Base64: "
                            + approval.signature()
                            + "\n"));
              });
    }
    if (records.stream().anyMatch(record -> record.seal().isPresent())) {
      payload.put("data/warta-seal-key.pem", utf8(sealKeyPem));
    }
    long bytes = payload.values().stream().mapToLong(content -> content.length).sum();
    Map<String, byte[]> tags = new LinkedHashMap<>();
    tags.put("bagit.txt", utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
    StringBuilder bagInfo = new StringBuilder();
    info.forEach(
        (label, value) -> bagInfo.append(label).append(": ").append(oneLine(value)).append('\n'));
    bagInfo.append("Payload-Oxum: ").append(bytes).append('.').append(payload.size()).append('\n');
    tags.put("bag-info.txt", utf8(bagInfo.toString()));
    tags.put("manifest-sha256.txt", manifest(payload));
    Map<String, byte[]> all = new LinkedHashMap<>(tags);
    all.put("tagmanifest-sha256.txt", manifest(tags));
    all.putAll(payload);
    return zip(name, all);
  }

  private static String text(ArchiveRecordDetails record) {
    StringBuilder text = new StringBuilder();
    text.append(record.title()).append("\n\n");
    if (record.lead() != null && !record.lead().isBlank()) {
      text.append(record.lead()).append("\n\n");
    }
    return text.append(record.body()).append('\n').toString();
  }

  /** A name of letters, digits, dots and dashes: the same on every receiving file system. */
  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9.-]", "-");
  }

  private static byte[] dublinCore(ArchiveRecordDetails record, List<String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("metadata");
      xml.writeNamespace("dc", DUBLIN_CORE);
      element(xml, "identifier", record.recordNumber());
      element(xml, "title", record.title());
      element(xml, "creator", record.unit().value());
      // Those who approved it, as its seal names them.
      for (String approver :
          record.seal().map(approval -> approval.statement().approvedBy()).orElse(List.of())) {
        element(xml, "contributor", approver);
      }
      element(xml, "publisher", PUBLISHER);
      element(xml, "date", record.publishedAt().atZone(OfficeTime.ZONE).toLocalDate().toString());
      element(xml, "type", "Text");
      element(xml, "subject", record.subjectCode());
      if (record.lead() != null && !record.lead().isBlank()) {
        element(xml, "description", record.lead());
      }
      element(xml, "format", "application/pdf");
      element(xml, "rights", record.classification().label());
      element(xml, "relation", "JRA " + record.retention().code());
      for (String file : files) {
        element(xml, "relation", file);
      }
      // Corrections by their record numbers, which the receiving archive finds in the same bags.
      for (RecordLink corrected : record.corrects()) {
        element(xml, "relation", "Ralat atas " + corrected.recordNumber());
      }
      for (RecordLink correction : record.correctedBy()) {
        element(xml, "relation", "Diralat oleh " + correction.recordNumber());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write Dublin Core", e);
    }
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement("dc", name, DUBLIN_CORE);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** {@code checksum path} per file, as RFC 8493 writes them. */
  private static byte[] manifest(Map<String, byte[]> files) {
    StringBuilder manifest = new StringBuilder();
    files.forEach(
        (path, content) -> manifest.append(sha256(content)).append("  ").append(path).append('\n'));
    return utf8(manifest.toString());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(String name, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(name + "/" + file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
