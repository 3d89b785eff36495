package id.go.jogjaprov.warta.content.api;

/** The bytes of an attachment (or of its thumbnail) with what a download needs to name them. */
public record AttachmentContent(String fileName, String mediaType, byte[] bytes) {}
