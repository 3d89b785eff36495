package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** Someone opened a release: who, when and from where. */
public record ReleaseReading(Username reader, Instant at, String origin) {}
