package id.go.jogjaprov.warta.archives.internal.domain;

import java.security.SecureRandom;

/**
 * The number an archive record is cited by: {@code ARSIP/2026/7K3Q-X9PD-M2RA}, the year of
 * archiving and twelve random characters (Crockford's base 32, 60 bits). A counter would tell a
 * reader how many records they may not see were archived between two they may; a random code tells
 * nothing, and 60 bits keep codes unique at millions of records (the column is unique as well).
 */
public final class RecordNumber {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecordNumber() {}

  public static String next(int year) {
    return next("ARSIP", year);
  }

  /** A number in another series of the archives (destruction lists), random the same way. */
  public static String next(String series, int year) {
    StringBuilder number = new StringBuilder(series).append('/').append(year).append('/');
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        number.append('-');
      }
      number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return number.toString();
  }
}
