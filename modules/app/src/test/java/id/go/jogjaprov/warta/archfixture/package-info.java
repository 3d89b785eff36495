/**
 * Deliberately broken modules for ArchitectureTest: alpha reaches into beta's internals, beta's
 * API uses alpha (a cycle), alpha's API carries a JPA type and uses Faces.
 */
package id.go.jogjaprov.warta.archfixture;
