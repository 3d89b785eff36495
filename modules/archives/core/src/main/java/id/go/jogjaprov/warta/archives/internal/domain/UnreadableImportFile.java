package id.go.jogjaprov.warta.archives.internal.domain;

/**
 * An import file that cannot be read (on): not well-formed XML, a CSV without the columns it needs.
 * It says where ({@code line}, 0 when no line applies) and what, in the file's own terms.
 */
public final class UnreadableImportFile extends RuntimeException {

  private final long line;

  public UnreadableImportFile(long line, String what, Throwable cause) {
    super(what, cause);
    this.line = line;
  }

  public UnreadableImportFile(long line, String what) {
    this(line, what, null);
  }

  public long line() {
    return line;
  }
}
