package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import java.time.Instant;

/** A release waiting for the caller's decision: since when, and by when it is due. */
public record AwaitingReview(
    ReleaseSummary release, Instant waitingSince, Instant dueAt, boolean overdue) {}
