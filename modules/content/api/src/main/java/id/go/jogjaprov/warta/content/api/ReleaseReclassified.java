package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Classification;

/**
 * A release's classification changed; copies of it (archive records) must follow, public only when
 * the release now is ({@code publiclyReadable}).
 */
public record ReleaseReclassified(
    ReleaseId releaseId, Classification from, Classification to, boolean publiclyReadable) {}
