/**
 * The approval workflow: a release's way through review, from submission to the heads' decisions
 * and publication of exactly the approved revision. It owns the state machine, who may decide, and
 * the decision trail; it reaches a release only through content's publication port. Fires {@link
 * ApprovedReleasePublished} when a release goes out after review, with its trail and its seal.
 */
package id.go.jogjaprov.warta.workflow.api;
