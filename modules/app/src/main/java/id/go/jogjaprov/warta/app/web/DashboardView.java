package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.AwaitingReview;
import id.go.jogjaprov.warta.workflow.api.Inbox;
import id.go.jogjaprov.warta.workflow.api.InboxItem;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The official's start page: their drafts, what awaits their decision, recent releases. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;
  @Inject ClassificationService classification;
  @Inject Inbox inbox;

  /** How many of each list the dashboard shows; the page says how many there are in all. */
  static final int SHOWN = 100;

  static final int INBOX_SHOWN = 10;

  private Page<ReleaseSummary> myWork;
  private Page<AwaitingReview> awaitingMe;
  private Page<ReleaseSummary> visible;
  private Page<ReclassificationRequest> lowerings;
  private Page<InboxItem> notices;

  @PostConstruct
  void load() {
    visible = releases.list(ReleaseFilter.any(), PageRequest.first(SHOWN));
    myWork = releases.myWork(PageRequest.first(SHOWN));
    awaitingMe = reviews.awaitingMyDecision(PageRequest.first(SHOWN));
    lowerings = classification.awaitingMyApproval(PageRequest.first(SHOWN));
    notices = inbox.mine(PageRequest.first(INBOX_SHOWN));
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
