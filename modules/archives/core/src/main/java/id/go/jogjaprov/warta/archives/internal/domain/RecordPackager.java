package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Packs records for transfer to another archive. */
public interface RecordPackager {

  /**
   * A ZIP holding one bag named {@code name}: its {@code bag-info.txt} carries {@code info} (in
   * order) with the payload's size, and its payload each record as PDF, text and Dublin Core, with
   * the files it keeps ({@code fileContents}: their bytes by file id) and the seal it was published
   * under, and, when a record has a seal, Warta's public key for seals ({@code sealKeyPem}), so
   * that the receiving archive checks them without Warta.
   */
  byte[] bag(
      String name,
      Map<String, String> info,
      List<ArchiveRecordDetails> records,
      Map<UUID, byte[]> fileContents,
      String sealKeyPem);
}
