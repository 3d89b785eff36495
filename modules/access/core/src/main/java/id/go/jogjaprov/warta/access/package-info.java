/**
 * The access module: who the caller is and what they may read. Its {@code api} package is public;
 * everything under {@code internal} is the Keycloak adapter (claim names, login mechanisms) and the
 * database function that the other modules' data-layer filters call. Depends on the shared kernel
 * only.
 */
package id.go.jogjaprov.warta.access;
