package id.go.jogjaprov.warta.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls until a service answers, or gives up with a clear message. */
final class Waiting {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Waiting() {}

  static boolean answers200(String url) {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void until(String what, Duration limit, BooleanSupplier ready, Process process) {
    Instant deadline = Instant.now().plus(limit);
    while (!ready.getAsBoolean()) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(
            what + " stopped before it was ready (exit " + process.exitValue() + ")");
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(what + " was not ready within " + limit.toSeconds() + " s");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + what, e);
      }
    }
  }
}
