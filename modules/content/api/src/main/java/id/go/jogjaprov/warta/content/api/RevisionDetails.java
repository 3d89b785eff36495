package id.go.jogjaprov.warta.content.api;

/** The text of a release as one save left it. */
public record RevisionDetails(
    RevisionSummary revision, ReleaseType type, String title, String lead, String body) {}
