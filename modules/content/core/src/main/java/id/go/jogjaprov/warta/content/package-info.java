/**
 * The content module: the release aggregate, its repository and the services behind {@code
 * content.api}. Uses the shared kernel and {@code access.api} only; owns the {@code content}
 * schema.
 */
package id.go.jogjaprov.warta.content;
