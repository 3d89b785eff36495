package id.go.jogjaprov.warta.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's memory seen from outside: its peak resident set (the kernel's high-water mark) and
 * the Java heap in use when asked ({@code jcmd GC.heap_info}), in MiB.
 */
record Memory(long peakRssMib, long heapUsedMib) {

  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  static Memory of(long pid) {
    try {
      Matcher hwm =
          HWM.matcher(
              Files.readString(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8));
      long rss = hwm.find() ? Long.parseLong(hwm.group(1)) / 1024 : -1;
      Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").start();
      Matcher used =
          USED.matcher(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      jcmd.waitFor();
      return new Memory(rss, used.find() ? Long.parseLong(used.group(1)) / 1024 : -1);
    } catch (IOException e) {
      return new Memory(-1, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Memory(-1, -1);
    }
  }
}
