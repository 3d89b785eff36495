package id.go.jogjaprov.warta.access.api;

import java.util.OptionalLong;

/**
 * The result of checking the audit trail from its first entry: how many entries were checked and,
 * when the chain does not hold, the position of the first bad entry and what is wrong there.
 */
public record ChainVerification(
    boolean intact, long entriesChecked, OptionalLong firstBrokenSequence, String problem) {

  public static ChainVerification holds(long entriesChecked) {
    return new ChainVerification(true, entriesChecked, OptionalLong.empty(), "");
  }

  public static ChainVerification brokenAt(long entriesChecked, long position, String problem) {
    return new ChainVerification(false, entriesChecked, OptionalLong.of(position), problem);
  }
}
