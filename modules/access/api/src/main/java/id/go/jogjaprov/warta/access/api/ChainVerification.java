package id.go.jogjaprov.warta.access.api;

import java.util.OptionalLong;

/** The result of checking the audit trail's hash chain from its first entry. */
public record ChainVerification(boolean intact, long entriesChecked, OptionalLong firstBrokenSequence) {}
