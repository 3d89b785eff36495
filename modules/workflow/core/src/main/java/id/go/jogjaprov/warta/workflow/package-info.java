/**
 * The workflow module: review decisions and publishing on approval. Uses {@code content.api} to
 * move releases and {@code access.api} to know the caller; owns the {@code workflow} schema.
 */
package id.go.jogjaprov.warta.workflow;
