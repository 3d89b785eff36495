/**
 * The archives module: turns each published release into an immutable archive record and searches
 * them with PostgreSQL's Indonesian full-text configuration. Uses {@code content.api} and {@code
 * access.api}; owns the {@code archives} schema.
 */
package id.go.jogjaprov.warta.archives;
