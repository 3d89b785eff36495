package id.go.jogjaprov.warta.content.api;

/** A release has been published; observers see it in the publishing transaction. */
public record ReleasePublished(ReleaseId releaseId) {}
