package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.RecordLowering;
import id.go.jogjaprov.warta.archives.api.RecordLowerings;
import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.AwaitingReview;
import id.go.jogjaprov.warta.workflow.api.DecisionTimes;
import id.go.jogjaprov.warta.workflow.api.DelegationService;
import id.go.jogjaprov.warta.workflow.api.DelegationView;
import id.go.jogjaprov.warta.workflow.api.Inbox;
import id.go.jogjaprov.warta.workflow.api.InboxItem;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** The official's start page: their drafts, what awaits their decision, recent releases. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;
  @Inject ClassificationService classification;
  @Inject Inbox inbox;
  @Inject DelegationService delegationService;
  @Inject RecordLowerings recordLowerings;

  /** Where the outcome of a decision taken here is told, above the lists. */
  private static final String NOTICES = "notices";

  /** How many of each list the dashboard shows; the page says how many there are in all. */
  static final int SHOWN = 100;

  static final int INBOX_SHOWN = 10;

  static final int CHART_MONTHS = 12;

  static final int DECISION_DAYS = 90;

  private Page<ReleaseSummary> myWork;
  private Page<AwaitingReview> awaitingMe;
  private Page<ReleaseSummary> visible;
  private Page<ReclassificationRequest> lowerings;
  private Page<RecordLowering> recordDecisions;
  private Page<InboxItem> notices;
  private List<DelegationView> delegations;
  private String publishedChart;
  private DecisionTimes decisionTimes;
  private String deputy;
  private LocalDateTime delegateFrom;
  private LocalDateTime delegateUntil;
  private String delegationReason;

  @PostConstruct
  void load() {
    visible = releases.list(ReleaseFilter.any(), PageRequest.first(SHOWN));
    myWork = releases.myWork(PageRequest.first(SHOWN));
    awaitingMe = reviews.awaitingMyDecision(PageRequest.first(SHOWN));
    lowerings = classification.awaitingMyApproval(PageRequest.first(SHOWN));
    recordDecisions = recordLowerings.awaitingMyDecision(PageRequest.first(SHOWN));
    notices = inbox.mine(PageRequest.first(INBOX_SHOWN));
    delegations = delegationService.mine();
  }

  /** The head names a deputy (Plh/Plt); times are Yogyakarta's, as the office reads a clock. */
  public void delegate() {
    if (delegateUntil == null) {
      PageMessages.error("delegation:until", AppMessages.DELEGATION_UNTIL_REQUIRED);
      return;
    }
    delegationService.delegate(
        deputy == null || deputy.isBlank() ? null : new Username(deputy),
        delegateFrom == null ? null : delegateFrom.atZone(OfficeTime.ZONE).toInstant(),
        delegateUntil.atZone(OfficeTime.ZONE).toInstant(),
        delegationReason);
    deputy = null;
    delegateFrom = null;
    delegateUntil = null;
    delegationReason = null;
    load();
  }

  public void revoke(DelegationView delegation) {
    delegationService.revoke(delegation.id());
    load();
  }

  public List<DelegationView> getDelegations() {
    return delegations;
  }

  public String getDeputy() {
    return deputy;
  }

  public void setDeputy(String deputy) {
    this.deputy = deputy;
  }

  public LocalDateTime getDelegateFrom() {
    return delegateFrom;
  }

  public void setDelegateFrom(LocalDateTime delegateFrom) {
    this.delegateFrom = delegateFrom;
  }

  public LocalDateTime getDelegateUntil() {
    return delegateUntil;
  }

  public void setDelegateUntil(LocalDateTime delegateUntil) {
    this.delegateUntil = delegateUntil;
  }

  public String getDelegationReason() {
    return delegationReason;
  }

  public void setDelegationReason(String delegationReason) {
    this.delegationReason = delegationReason;
  }

  /** Releases published per month and unit over the last year, as a chart. */
  public String getPublishedChart() {
    if (publishedChart == null) {
      publishedChart =
          PublishedChart.json(
              releases.publishedPerMonth(CHART_MONTHS),
              YearMonth.now(OfficeTime.ZONE),
              CHART_MONTHS,
              PageMessages.locale());
    }
    return publishedChart;
  }

  /** How long the heads took to decide over the last three months. */
  public DecisionTimes getDecisionTimes() {
    if (decisionTimes == null) {
      decisionTimes = reviews.decisionTimes(DECISION_DAYS);
    }
    return decisionTimes;
  }

  /** The median time to a decision in hours, one decimal. */
  public String getMedianHours() {
    return getDecisionTimes()
        .median()
        .map(median -> String.format(PageMessages.locale(), "%.1f", median.toMinutes() / 60.0))
        .orElse("–");
  }

  /** The newest entries of the official's inbox. */
  public Page<InboxItem> getInbox() {
    return notices;
  }

  public void approveLowering(ReclassificationRequest request) {
    classification.approve(request.id());
    load();
  }

  public Page<ReclassificationRequest> getLowerings() {
    return lowerings;
  }

  /** Archive records whose lowering an archivist proposed and this agency head decides. */
  public Page<RecordLowering> getRecordDecisions() {
    return recordDecisions;
  }

  public void confirmRecordLowering(RecordLowering lowering) {
    recordLowerings.confirm(lowering.id());
    PageMessages.info(
        NOTICES, AppMessages.RECORD_LOWERED, lowering.recordNumber(), lowering.to().label());
    load();
  }

  public void rejectRecordLowering(RecordLowering lowering) {
    recordLowerings.reject(lowering.id());
    PageMessages.info(NOTICES, AppMessages.RECORD_LOWERING_REJECTED, lowering.recordNumber());
    load();
  }

  public Page<ReleaseSummary> getMyWork() {
    return myWork;
  }

  public Page<AwaitingReview> getAwaitingMe() {
    return awaitingMe;
  }

  public Page<ReleaseSummary> getVisible() {
    return visible;
  }
}
