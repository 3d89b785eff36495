package id.go.jogjaprov.warta.devstack;

import java.util.concurrent.TimeUnit;

/** Stops a child process and everything it started, politely first. */
final class Processes {

  private Processes() {}

  static void stop(String name, Process process) {
    if (!process.isAlive()) {
      return;
    }
    System.out.println("[warta] stopping " + name);
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
