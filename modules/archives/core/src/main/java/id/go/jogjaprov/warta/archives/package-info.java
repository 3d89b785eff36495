/**
 * The archives module: turns each published release into an immutable archive record and searches
 * them in a Lucene index each node keeps in step with the database (ADR 10). Uses {@code
 * content.api} and {@code access.api}; owns the {@code archives} schema.
 */
package id.go.jogjaprov.warta.archives;
