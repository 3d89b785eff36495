package id.go.jogjaprov.warta.kernel;

/** The kernel's sentences: the titles of the kinds of failure and the rules of shared values. */
public enum KernelMessages implements MessageKey {
  TITLE_INVALID_INPUT,
  TITLE_NOT_FOUND,
  TITLE_NOT_PERMITTED,
  TITLE_RULE_VIOLATION,
  TITLE_STALE_VERSION,
  TITLE_PRECONDITION_REQUIRED,
  FIELD_REQUIRED,
  FIELD_MARKUP,
  FIELD_TOO_LONG,
  FIELD_CONTROL_CHARACTERS,
  UNIT_PATH_INVALID,
  USERNAME_REQUIRED,
  USERNAME_INVALID,
  PAGE_OUT_OF_RANGE,
  SIZE_OUT_OF_RANGE
}
