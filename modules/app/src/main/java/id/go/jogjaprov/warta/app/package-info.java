/**
 * The assembly: one WAR with the pages ({@code web}), the JSON API ({@code rest}) and the container
 * wiring ({@code infrastructure}: data source, schema migrations, readiness). It speaks to the
 * modules only through their {@code api} packages and decides nothing about access.
 */
package id.go.jogjaprov.warta.app;
