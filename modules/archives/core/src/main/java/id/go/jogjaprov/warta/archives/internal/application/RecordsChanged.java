package id.go.jogjaprov.warta.archives.internal.application;

/** A transaction archived or changed records; once it commits, the index catches up at once. */
record RecordsChanged() {}
