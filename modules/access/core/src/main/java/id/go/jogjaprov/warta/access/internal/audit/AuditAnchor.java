package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AnchoredHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the chain's head outside the database, so that cutting the tail of the trail (which the
 * database's owner can do) is caught: a file on this server ({@code warta.audit.anchor-file}),
 * replaced after every sealing round that moved the head, and a line in the server log at most once
 * a minute, for a log collector to carry off the machine.
 */
@ApplicationScoped
class AuditAnchor {

  private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  @Inject
  @ConfigProperty(name = "warta.audit.anchor-file")
  String file;

  private long anchoredPosition = -1;
  private Instant lastLogged = Instant.EPOCH;

  Optional<AnchoredHead> read() {
    try {
      Path path = Path.of(file);
      return Files.exists(path) ? AnchoredHead.parse(Files.readString(path)) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("The audit anchor cannot be read: " + file, e);
    }
  }

  /** Anchors a head further along the chain than the one anchored; never moves the anchor back. */
  synchronized void advance(AnchoredHead head) {
    if (anchoredPosition < 0) {
      anchoredPosition = read().map(AnchoredHead::position).orElse(0L);
    }
    if (head.position() <= anchoredPosition) {
      return;
    }
    try {
      Path path = Path.of(file);
      Files.createDirectories(path.toAbsolutePath().getParent());
      Path written =
          Files.writeString(path.resolveSibling(path.getFileName() + ".neu"), head.line() + "\n");
      Files.move(
          written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      anchoredPosition = head.position();
    } catch (IOException e) {
      LOG.severe(
          () ->
              "The audit anchor could not be written to "
                  + file
                  + ": "
                  + e.getClass().getSimpleName());
      return;
    }
    if (Duration.between(lastLogged, head.at()).compareTo(LOG_EVERY) >= 0) {
      lastLogged = head.at();
      LOG.info(() -> "Audit chain head: " + head.line());
    }
  }
}
