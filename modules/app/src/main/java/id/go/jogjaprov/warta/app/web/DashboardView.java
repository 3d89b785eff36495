package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ClassificationService;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The official's start page: their drafts, what awaits their decision, recent releases. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;
  @Inject ClassificationService classification;

  private List<ReleaseDetails> myWork;
  private List<ReleaseDetails> awaitingMe;
  private List<ReleaseDetails> visible;
  private List<ReclassificationRequest> lowerings;

  @PostConstruct
  void load() {
    visible = releases.list(ReleaseFilter.any());
    myWork = releases.myWork();
    awaitingMe = reviews.awaitingMyDecision();
    lowerings = classification.awaitingMyApproval();
  }

  public void approveLowering(ReclassificationRequest request) {
    classification.approve(request.id());
    load();
  }

  public List<ReclassificationRequest> getLowerings() {
    return lowerings;
  }

  public List<ReleaseDetails> getMyWork() {
    return myWork;
  }

  public List<ReleaseDetails> getAwaitingMe() {
    return awaitingMe;
  }

  public List<ReleaseDetails> getVisible() {
    return visible;
  }
}
