package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.content.api.LeakCheck;
import id.go.jogjaprov.warta.content.api.Overlap;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleasePublication;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.content.api.RevisionDetails;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.content.api.TextFingerprint;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.kernel.WartaException;
import id.go.jogjaprov.warta.workflow.api.AllowedMoves;
import id.go.jogjaprov.warta.workflow.api.ApprovedReleasePublished;
import id.go.jogjaprov.warta.workflow.api.AwaitingReview;
import id.go.jogjaprov.warta.workflow.api.DecisionTimes;
import id.go.jogjaprov.warta.workflow.api.LeakSuspectedException;
import id.go.jogjaprov.warta.workflow.api.PassageNote;
import id.go.jogjaprov.warta.workflow.api.ReviewDecision;
import id.go.jogjaprov.warta.workflow.api.ReviewMove;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import id.go.jogjaprov.warta.workflow.api.ReviewStep;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeal;
import id.go.jogjaprov.warta.workflow.internal.domain.ApprovalSeals;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegation;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegations;
import id.go.jogjaprov.warta.workflow.internal.domain.OfficeHours;
import id.go.jogjaprov.warta.workflow.internal.domain.PassageComment;
import id.go.jogjaprov.warta.workflow.internal.domain.PassageComments;
import id.go.jogjaprov.warta.workflow.internal.domain.Review;
import id.go.jogjaprov.warta.workflow.internal.domain.ReviewPolicy;
import id.go.jogjaprov.warta.workflow.internal.domain.Reviews;
import id.go.jogjaprov.warta.workflow.internal.domain.SealKey;
import id.go.jogjaprov.warta.workflow.internal.domain.Timeline;
import id.go.jogjaprov.warta.workflow.internal.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Moves reviews on behalf of the current official: {@link ReviewPolicy} says who may, {@link
 * Review} (through its state machine) where a move leads, and the release follows through content's
 * publication port in the same transaction.
 */
@ApplicationScoped
@Transactional
class DefaultReviewService implements ReviewService {

  /** How releases are named in the audit trail (as content names them). */
  private static final String AUDIT_KIND = "release";

  static final int OVERRIDE_REASON_MAX = 1000;

  /** The furthest ahead an embargo may lie. */
  static final Duration LONGEST_EMBARGO = Duration.ofDays(365);

  /**
   * How long after its embargo the scheduled publisher may still read an approved release: time
   * enough for any outage, after which the release waits for a head.
   */
  static final Duration PUBLISHER_GRACE = Duration.ofDays(30);

  @Inject ReleaseService releases;
  @Inject ReleasePublication publication;
  @Inject Reviews reviews;
  @Inject Timeline timeline;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;
  @Inject Duties duties;
  @Inject LeakCheck leakCheck;
  @Inject RevisionService revisions;
  @Inject ApprovalSeals approvalSeals;
  @Inject SealKey sealKey;
  @Inject ReviewNotices notices;
  @Inject Delegations delegations;
  @Inject PassageComments passageComments;
  @Inject OfficeHours officeHours;
  @Inject ReviewDeadlines deadlines;
  @Inject Clock clock;
  @Inject Event<ApprovedReleasePublished> approvedPublished;

  @Override
  public ReleaseDetails submit(ReleaseId id) {
    return authorsMove(id, ReviewPolicy::refusalToSubmit, Review::submit, ReviewMove.SUBMIT);
  }

  @Override
  public ReleaseDetails withdraw(ReleaseId id) {
    return authorsMove(id, ReviewPolicy::refusalToWithdraw, Review::withdraw, ReviewMove.WITHDRAW);
  }

  /**
   * A move of the author's side: allowed by the policy, made on the review, followed by the text.
   */
  private ReleaseDetails authorsMove(
      ReleaseId id,
      BiFunction<Official, Review, Optional<WartaException>> refusal,
      BiFunction<Review, Instant, ReleaseStatus> made,
      ReviewMove move) {
    Review review = locked(id);
    Official official = currentOfficial.get();
    ReviewPolicy.require(refusal.apply(official, review));
    ReleaseDetails release = publication.enter(id, made.apply(review, clock.instant()));
    record(review, release, move, null, official);
    return release;
  }

  @Override
  public ReleaseDetails decide(
      ReleaseId id, ReviewDecision decision, String comment, Optional<String> leakCheckOverride) {
    if (decision == null) {
      throw new InvalidInputException("decision", WorkflowMessages.DECISION_REQUIRED);
    }
    Official reviewer = currentOfficial.get();
    Review review = locked(id);
    Instant now = clock.instant();
    Optional<Username> inNameOf = decidingFor(reviewer, review, now);
    if (decision != ReviewDecision.APPROVE && (comment == null || comment.isBlank())) {
      throw new InvalidInputException("comment", WorkflowMessages.REASON_REQUIRED_UNLESS_APPROVING);
    }
    Username decider = inNameOf.orElse(reviewer.username());
    Username signer =
        inNameOf
            .map(head -> new Username(reviewer.username().value() + " (a.n. " + head.value() + ")"))
            .orElse(reviewer.username());
    List<Username> approvers =
        java.util.stream.Stream.concat(
                review.firstApprover().stream(), java.util.stream.Stream.of(signer))
            .toList();
    ReleaseStatus next = review.decide(decision, decider, now, !officeHours.contains(now));
    if (next == ReleaseStatus.APPROVED) {
      requireNoLeak(id, leakCheckOverride);
      seal(review, approvers);
    }
    ReleaseDetails release = publication.enter(id, next);
    record(review, release, decision.move(), comment, reviewer, inNameOf);
    if (next != ReleaseStatus.APPROVED) {
      return release;
    }
    if (review.isEmbargoedAt(now)) {
      entrustToPublisher(review, release);
      return release;
    }
    return publishApproved(review, reviewer);
  }

  /**
   * Whether the reviewer decides in their own right (empty) or as a deputy in a head's name (that
   * head); refused with their own refusal when neither holds.
   */
  private Optional<Username> decidingFor(Official reviewer, Review review, Instant now) {
    Optional<WartaException> own = ReviewPolicy.refusalToDecide(reviewer, review);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Optional<Username> head =
        delegations.actingFor(reviewer.account(), now).stream()
            .filter(d -> ReviewPolicy.refusalToDecideFor(reviewer, d, review).isEmpty())
            .map(Delegation::delegator)
            .findFirst();
    if (head.isEmpty()) {
      throw own.get();
    }
    return head;
  }

  private boolean mayDecide(Official official, Review review, Instant now) {
    try {
      decidingFor(official, review, now);
      return true;
    } catch (WartaException refused) {
      return false;
    }
  }

  @Override
  public ReleaseDetails embargo(ReleaseId id, Optional<Instant> until) {
    Official official = currentOfficial.get();
    Review review = locked(id);
    ReviewPolicy.require(ReviewPolicy.refusalToSetEmbargo(official, review));
    Instant now = clock.instant();
    if (until.isPresent()
        && (!until.get().isAfter(now) || until.get().isAfter(now.plus(LONGEST_EMBARGO)))) {
      throw new InvalidInputException("until", WorkflowMessages.EMBARGO_OUT_OF_RANGE);
    }
    review.embargo(until, now);
    ReleaseDetails release = releases.get(id);
    String when =
        until.map(time -> time.atZone(OfficeTime.ZONE).toOffsetDateTime().toString()).orElse(null);
    record(review, release, ReviewMove.EMBARGO, when, official);
    if (review.status() != ReleaseStatus.APPROVED) {
      return release;
    }
    if (until.isPresent()) {
      entrustToPublisher(review, release);
      return release;
    }
    return publishApproved(review, official);
  }

  /**
   * The approving head hands the release to the scheduled publisher, which may read it only from
   * now until a while after its embargo.
   */
  private void entrustToPublisher(Review review, ReleaseDetails release) {
    duties.entrust(
        ScheduledPublication.PUBLISHER,
        AUDIT_KIND,
        release.id().value(),
        release.classification(),
        review.embargoUntil().orElseThrow().plus(PUBLISHER_GRACE));
  }

  /** Approved releases whose embargo has lifted, among those the caller may see. */
  List<ReleaseId> embargoesLifted() {
    return reviews.embargoLiftedBy(clock.instant());
  }

  /**
   * Publishes an approved release whose embargo has lifted, as whoever asks (the scheduled
   * publisher). The review is locked first, so of two nodes asking at once the second finds it
   * published: exactly once. Answers whether this call published it.
   */
  boolean publishIfEmbargoLifted(ReleaseId id) {
    Optional<Review> locked = reviews.lock(id);
    if (locked.isEmpty()
        || locked.get().status() != ReleaseStatus.APPROVED
        || locked.get().isEmbargoedAt(clock.instant())) {
      return false;
    }
    publishApproved(locked.get(), currentOfficial.get());
    return true;
  }

  /** What was approved goes out now, exactly that revision. */
  private ReleaseDetails publishApproved(Review review, Official approver) {
    ReleaseDetails published = publication.publish(review.releaseId(), review.revision());
    sealsFollow(published);
    review.published(clock.instant());
    record(review, published, ReviewMove.PUBLISH, null, approver);
    closeTrail(published);
    return published;
  }

  @Override
  public ReleaseDetails publishUrgently(
      ReleaseId id, String reason, Optional<String> leakCheckOverride) {
    Official head = currentOfficial.get();
    Review review = locked(id);
    ReviewPolicy.require(ReviewPolicy.refusalToPublishUrgently(head, review));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", WorkflowMessages.REASON_REQUIRED_FOR_URGENT);
    }
    requireNoLeak(id, leakCheckOverride);
    seal(review, List.of(head.username()));
    review.publishedUrgently(clock.instant());
    ReleaseDetails published = publication.publish(id, review.revision());
    sealsFollow(published);
    record(review, published, ReviewMove.URGENT_PUBLISH, reason, head);
    closeTrail(published);
    return published;
  }

  /**
   * A release just published, its last step taken: its trail and the seal that let it out go to
   * whoever keeps them (the archives), in this transaction.
   */
  private void closeTrail(ReleaseDetails published) {
    approvedPublished.fire(
        new ApprovedReleasePublished(
            published.id(),
            timeline.of(published.id()).stream().map(entry -> entry.step().trailStep()).toList(),
            approvalSeals.of(published.id()).get(0).sealed()));
  }

  /**
   * Seals the final approval: Warta signs the approved revision's fingerprint, the approvers and
   * the time. The seal is read like the release, public once the release is.
   */
  private void seal(Review review, List<Username> approvers) {
    RevisionDetails approved = revisions.revision(review.releaseId(), review.revision());
    approvalSeals.add(
        ApprovalSeal.sign(
            review.releaseId(),
            review.revision(),
            TextFingerprint.of(approved),
            approvers,
            clock.instant(),
            review.classification(),
            review.unit(),
            sealKey));
  }

  /** A release just published: its seals become as readable as it is. */
  private void sealsFollow(ReleaseDetails published) {
    approvalSeals
        .of(published.id())
        .forEach(s -> s.followRelease(published.classification(), published.publiclyReadable()));
  }

  /**
   * Text about to go public must not resemble classified material of its unit line; a head who may
   * read every resembling release may let it go with a reason, which the audit trail keeps at the
   * level of the most secret of them.
   */
  private void requireNoLeak(ReleaseId id, Optional<String> override) {
    List<Overlap> overlaps = leakCheck.overlapsOf(id);
    if (overlaps.isEmpty()) {
      return;
    }
    LeakSuspectedException suspected =
        new LeakSuspectedException(WorkflowMessages.LEAK_SUSPECTED, overlaps);
    Optional<String> reason = override.filter(text -> !text.isBlank());
    if (reason.isEmpty() || !suspected.overridable()) {
      throw suspected;
    }
    Classification highest =
        overlaps.stream()
            .map(Overlap::level)
            .max(java.util.Comparator.comparingInt(Classification::level))
            .orElseThrow();
    audit.record(
        new AuditEvent(
            AuditAction.LEAK_CHECK_OVERRIDE,
            AUDIT_KIND,
            id.toString(),
            highest,
            PlainText.required(
                reason.get(),
                "leakCheckOverride",
                WorkflowMessages.FIELD_LEAK_CHECK_OVERRIDE,
                OVERRIDE_REASON_MAX)));
  }

  @Override
  public AllowedMoves allowedMoves(ReleaseDetails release) {
    Official official = currentOfficial.get();
    return reviews
        .find(release.id())
        .map(
            review ->
                new AllowedMoves(
                    ReviewPolicy.refusalToSubmit(official, review).isEmpty(),
                    mayDecide(official, review, clock.instant()),
                    ReviewPolicy.refusalToWithdraw(official, review).isEmpty(),
                    ReviewPolicy.refusalToPublishUrgently(official, review).isEmpty(),
                    ReviewPolicy.refusalToSetEmbargo(official, review).isEmpty(),
                    review.embargoUntil()))
        .orElse(AllowedMoves.NONE);
  }

  @Override
  public Page<AwaitingReview> awaitingMyDecision(PageRequest page) {
    Official reviewer = currentOfficial.get();
    // Their own right to decide, and each head's they act for as a deputy.
    List<Official> authorities =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(reviewer).filter(Official::reviews),
                delegations.actingFor(reviewer.account(), clock.instant()).stream()
                    .map(delegation -> delegation.authority(reviewer)))
            .toList();
    if (authorities.isEmpty()) {
      return new Page<>(List.of(), 0, page);
    }
    Page<Review> waiting =
        reviews.awaiting(
            reviewer.username(),
            authorities.stream()
                .flatMap(authority -> authority.units().stream())
                .collect(Collectors.toSet()),
            authorities.stream().anyMatch(authority -> authority.hasRole(Role.AGENCY_HEAD)),
            page);
    Map<ReleaseId, ReleaseSummary> summaries =
        releases
            .list(
                ReleaseFilter.any()
                    .among(
                        waiting.items().stream()
                            .map(Review::releaseId)
                            .collect(Collectors.toSet())),
                ReleaseSort.NEWEST_CHANGE,
                PageRequest.first(Math.max(1, waiting.items().size())))
            .items()
            .stream()
            .collect(Collectors.toMap(ReleaseSummary::id, summary -> summary));
    Instant now = clock.instant();
    List<AwaitingReview> items =
        waiting.items().stream()
            .filter(review -> summaries.containsKey(review.releaseId()))
            .map(
                review -> {
                  Instant since = review.waitingSince().orElse(now);
                  Instant due = review.dueAt().orElseGet(() -> deadlines.dueFor(since));
                  return new AwaitingReview(
                      summaries.get(review.releaseId()), since, due, due.isBefore(now));
                })
            .toList();
    return new Page<>(items, waiting.total(), page);
  }

  @Override
  public DecisionTimes decisionTimes(int days) {
    return DecisionTimes.of(
        timeline.since(clock.instant().minus(Duration.ofDays(days))).stream()
            .map(TimelineEntry::step)
            .toList());
  }

  @Override
  public PassageNote commentOnPassage(ReleaseId id, String passage, String comment) {
    Official reviewer = currentOfficial.get();
    Review review =
        reviews
            .find(id)
            .orElseThrow(() -> new ItemNotFoundException(WorkflowMessages.RELEASE_NOT_FOUND));
    decidingFor(reviewer, review, clock.instant());
    PassageComment note =
        new PassageComment(
            review,
            review.classification(),
            passage,
            comment,
            reviewer.username(),
            clock.instant());
    passageComments.add(note);
    return note.note();
  }

  @Override
  public List<PassageNote> passageNotes(ReleaseId id) {
    // Comments quote the release: showing them is a read of it.
    releases.open(id);
    return passageComments.of(id).stream().map(PassageComment::note).toList();
  }

  @Override
  public List<ReviewStep> decisionsOn(ReleaseId id) {
    return timelineOf(id).stream().filter(ReviewStep::isDecision).toList();
  }

  @Override
  public List<ReviewStep> timelineOf(ReleaseId id) {
    // Comments speak of the release: showing them is a read of it.
    releases.open(id);
    return timeline.of(id).stream().map(TimelineEntry::step).toList();
  }

  private Review locked(ReleaseId id) {
    return reviews
        .lock(id)
        .orElseThrow(() -> new ItemNotFoundException(WorkflowMessages.RELEASE_NOT_FOUND));
  }

  /**
   * Each step goes to the release's timeline and to the audit trail, leaves a notice for whoever
   * must hear of it, and the decision the review now waits for, if any, gets its due date.
   */
  private void record(
      Review review, ReleaseDetails release, ReviewMove move, String comment, Official by) {
    record(review, release, move, comment, by, Optional.empty());
  }

  /** As a deputy's step in {@code onBehalfOf}'s name: both names are kept. */
  private void record(
      Review review,
      ReleaseDetails release,
      ReviewMove move,
      String comment,
      Official by,
      Optional<Username> onBehalfOf) {
    deadlines.apply(review, clock.instant());
    timeline.add(
        new TimelineEntry(
            review,
            move,
            release.classification(),
            comment,
            by.username(),
            onBehalfOf,
            clock.instant()));
    notices.after(review, release, move, by.username());
    audit.record(
        new AuditEvent(
            move.isDecision() ? AuditAction.DECISION : AuditAction.REVIEW,
            AUDIT_KIND,
            release.id().toString(),
            release.classification(),
            move.name() + onBehalfOf.map(head -> " a.n. " + head.value()).orElse("")));
  }
}
