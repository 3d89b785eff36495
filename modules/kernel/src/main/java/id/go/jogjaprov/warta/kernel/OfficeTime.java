package id.go.jogjaprov.warta.kernel;

import java.time.ZoneId;

/**
 * The office keeps Western Indonesian Time (WIB): a release's year and month, the press-release
 * series and every date a user reads are taken in Yogyakarta, whatever zone the server runs in.
 */
public final class OfficeTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private OfficeTime() {}
}
