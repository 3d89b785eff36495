package id.go.jogjaprov.warta.archives.api;

/** The archivist's work queues. */
public enum RecordQueue {
  /** Past their inactive years with the disposition musnah: to be proposed for destruction. */
  DUE_FOR_DESTRUCTION,
  /** Past their inactive years with the disposition permanen: to be transferred. */
  DUE_FOR_TRANSFER,
  /** Past their inactive years with the disposition dinilai kembali: to be appraised again. */
  DUE_FOR_REVIEW,
  /** Under legal hold. */
  LEGAL_HOLDS,
  /**
   * Classified records whose review day has come: their classification to be reconsidered, and
   * lowered only by the two-person change of the access rules, never by itself.
   */
  DUE_FOR_DECLASSIFICATION_REVIEW
}
