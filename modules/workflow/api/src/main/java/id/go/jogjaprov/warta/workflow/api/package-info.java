/**
 * The approval workflow: submitting a release for review and the unit heads' decisions on it.
 * Publishes {@link ReleaseApproved} when a head approves.
 */
package id.go.jogjaprov.warta.workflow.api;
