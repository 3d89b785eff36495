package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The official's start page: their drafts, what awaits their decision, recent releases. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Inject transient ReleaseService releases;
  @Inject transient ReviewService reviews;
  @Inject transient CurrentOfficial currentOfficial;

  private List<ReleaseDetails> myWork;
  private List<ReleaseDetails> awaitingMe;
  private List<ReleaseDetails> visible;

  @PostConstruct
  void load() {
    var me = currentOfficial.get().username();
    visible = releases.list(Optional.empty());
    myWork = visible.stream().filter(r -> r.author().equals(me) && r.status().isEditable()).toList();
    awaitingMe = reviews.awaitingMyDecision();
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
