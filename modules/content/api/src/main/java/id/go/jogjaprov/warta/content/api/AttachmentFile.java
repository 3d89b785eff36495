package id.go.jogjaprov.warta.content.api;

/** An attachment with its bytes, as a published release carries it. */
public record AttachmentFile(AttachmentSummary summary, byte[] bytes) {}
