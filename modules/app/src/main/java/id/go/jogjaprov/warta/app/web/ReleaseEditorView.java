package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Optional;

/** Writing a new draft or revising one; submitting it for review. */
@Named
@ViewScoped
public class ReleaseEditorView implements Serializable {

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;

  private String id;
  private long version;
  private ReleaseType type = ReleaseType.PRESS_RELEASE;
  private String title;
  private String lead;
  private String body;
  private Classification classification = Classification.BIASA;
  private String changeNote;

  /** Loads the release named in the URL, if any (viewAction); showing classified text is a read. */
  public void load() {
    if (id != null && !id.isBlank()) {
      show(releases.open(ReleaseId.parse(id)));
    }
  }

  public String save() {
    show(
        id == null || id.isBlank()
            ? releases.create(draft())
            : releases.revise(ReleaseId.parse(id), draft(), version));
    return "release?faces-redirect=true&id=" + id;
  }

  /** Saving and submitting succeed or fail together. */
  @Transactional
  public String saveAndSubmit() {
    save();
    reviews.submit(ReleaseId.parse(id));
    return "release?faces-redirect=true&id=" + id;
  }

  private ReleaseDraft draft() {
    return new ReleaseDraft(type, title, lead, body, classification, Optional.empty(), changeNote);
  }

  private void show(ReleaseDetails release) {
    id = release.id().toString();
    version = release.version();
    type = release.type();
    title = release.title();
    lead = release.lead();
    body = release.body();
    classification = release.classification();
  }

  public ReleaseType[] getTypes() {
    return ReleaseType.values();
  }

  public Classification[] getClassifications() {
    return Classification.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ReleaseType getType() {
    return type;
  }

  public void setType(ReleaseType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
