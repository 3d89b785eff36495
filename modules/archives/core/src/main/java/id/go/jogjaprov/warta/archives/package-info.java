/**
 * The archives module: turns each release published after review into an immutable archive record
 * (with the trail of its review and its seal, from the workflow's event) and searches them in a
 * Lucene index each node keeps in step with the database (ADR 10). Uses {@code content.api}, {@code
 * workflow.api} and {@code access.api}; owns the {@code archives} schema.
 */
package id.go.jogjaprov.warta.archives;
