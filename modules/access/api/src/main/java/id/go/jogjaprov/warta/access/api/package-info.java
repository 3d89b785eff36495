/**
 * What the rest of Warta may know about who is calling: the {@link Official} with roles, {@link
 * Clearance} and units, and the {@link ReadScope} the data layer binds into every query. Only the
 * access module's internals know how an identity provider spells these (Keycloak claims, role
 * names); other modules ask here and never decide access themselves.
 */
package id.go.jogjaprov.warta.access.api;
