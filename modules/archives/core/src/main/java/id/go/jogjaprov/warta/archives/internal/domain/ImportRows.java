package id.go.jogjaprov.warta.archives.internal.domain;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The rows of an import file, read one at a time. A file that cannot be read on fails with {@link
 * UnreadableImportFile}, naming where.
 */
public interface ImportRows extends Iterator<ImportRow>, Closeable {}
