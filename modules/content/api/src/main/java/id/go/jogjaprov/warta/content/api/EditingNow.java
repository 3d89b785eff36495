package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;

/** Someone with the release open in the editor now, and since when ("sedang disunting oleh"). */
public record EditingNow(Username editor, Instant since) {}
