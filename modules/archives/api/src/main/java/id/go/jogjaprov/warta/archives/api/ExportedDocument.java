package id.go.jogjaprov.warta.archives.api;

/** A document made for one viewer, with the stamp it carries. */
public record ExportedDocument(
    String fileName, String mediaType, byte[] content, ExportStamp stamp) {}
