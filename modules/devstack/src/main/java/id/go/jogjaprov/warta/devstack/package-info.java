/**
 * Developer tooling, not part of the product: starts the real stack on loopback (PostgreSQL,
 * Keycloak with the Warta realm, Payara Micro with the WAR) for the run command and for the
 * integration tests, and seeds demo content through the real JSON API.
 */
package id.go.jogjaprov.warta.devstack;
