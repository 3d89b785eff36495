package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.RevisionDiff;
import id.go.jogjaprov.warta.content.api.RevisionService;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import id.go.jogjaprov.warta.content.api.WorkingCopy;
import id.go.jogjaprov.warta.content.api.WorkingCopyService;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.kernel.WartaException;
import id.go.jogjaprov.warta.workflow.api.PassageNote;
import id.go.jogjaprov.warta.workflow.api.ReviewService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writing a new draft or revising one, without losing work: the text is kept as the official's
 * working copy every few seconds, offered back when they return, and when someone else saved first
 * the two texts are shown side by side to merge before saving again.
 */
@Named
@ViewScoped
public class ReleaseEditorView implements Serializable {

  @Inject ReleaseService releases;
  @Inject ReviewService reviews;

  private List<PassageNote> passageNotes = List.of();
  @Inject RevisionService revisions;
  @Inject WorkingCopyService workingCopies;
  @Inject LabelSchemes schemes;
  @Inject Dates dates;
  @Inject Clock clock;

  private String id;
  private long version;
  private ReleaseType type = ReleaseType.PRESS_RELEASE;
  private String title;
  private String lead;
  private String body;
  private Classification classification = Classification.BIASA;
  private String changeNote;
  private InformationCategory informationCategory;
  private String legalGround;
  private String harm;
  private String publicInterest;
  private String officer;
  private LocalDate reviewOn;
  private String subjectCode;
  private String retentionCode;
  private List<String> tags = new ArrayList<>();
  private Language language = Language.ID;
  private String translationOf;
  private String corrects;
  private String contactName;
  private String contactPhone;
  private String contactEmail;

  private transient List<EditingNow> othersEditing = List.of();
  private transient WorkingCopy offered;
  private transient RevisionDiff conflict;
  private transient ReleaseDetails saved;
  private int autosaved;
  private String autosaveStatus = "";
  private String previewBody;

  /**
   * Loads the release named in the URL, if any (viewAction); showing classified text is a read.
   * Offers the official's working copy when it holds more than what was saved.
   */
  public void load() {
    if (isExisting()) {
      ReleaseDetails release = releases.open(releaseId());
      show(release);
      othersEditing = workingCopies.othersEditing(release.id());
      passageNotes = reviews.passageNotes(release.id());
      offered =
          workingCopies
              .mine(Optional.of(release.id()))
              .filter(copy -> copy.savedAt().isAfter(release.updatedAt()))
              .orElse(null);
    } else {
      offered = workingCopies.mine(Optional.empty()).orElse(null);
      if (corrects != null && !corrects.isBlank()) {
        startCorrectionOf(releases.open(ReleaseId.typed(corrects.strip(), "corrects")));
      }
    }
    autosaved = fingerprint();
  }

  /**
   * A new correction (ralat) starts from the text and labels of the release it corrects, as a new
   * draft of the caller's: its id and history are not the corrected release's.
   */
  private void startCorrectionOf(ReleaseDetails corrected) {
    show(corrected);
    id = null;
    version = 0;
    corrects = corrected.id().toString();
    changeNote = null;
  }

  /** Reviewers' comments on passages, shown beside the text being revised. */
  public List<PassageNote> getPassageNotes() {
    return passageNotes;
  }

  /** Puts the offered working copy into the editor, over the version it was written on. */
  public void continueWorkingCopy() {
    if (offered != null) {
      type = offered.type() == null ? type : offered.type();
      title = offered.title();
      lead = offered.lead();
      body = offered.body();
      changeNote = offered.changeNote();
      offered.basedOnVersion().ifPresent(v -> version = v);
      offered = null;
    }
  }

  public void discardWorkingCopy() {
    workingCopies.discard(release());
    offered = null;
  }

  /** Called every few seconds by the page: keeps the text as the working copy when it changed. */
  public void autosave() {
    int now = fingerprint();
    if (now == autosaved) {
      return;
    }
    try {
      workingCopies.autosave(
          release(), draft(), isExisting() ? Optional.of(version) : Optional.empty());
      autosaved = now;
      autosaveStatus = PageMessages.text(AppMessages.AUTOSAVED_AT, dates.format(clock.instant()));
    } catch (WartaException e) {
      autosaveStatus =
          PageMessages.text(AppMessages.AUTOSAVE_FAILED, e.message(PageMessages.locale()));
    }
  }

  /**
   * Saves the text as a new revision. When someone else saved since this page was opened, nothing
   * is saved: both texts are shown side by side, the editor keeps what was typed, and saving again
   * saves over their version.
   */
  public String save() {
    if (isExisting() && releases.get(releaseId()).version() != version) {
      showConflict();
      return null;
    }
    show(isExisting() ? releases.revise(releaseId(), draft(), version) : releases.create(draft()));
    return "release?faces-redirect=true&id=" + id;
  }

  /** Saving and submitting succeed or fail together. */
  @Transactional
  public String saveAndSubmit() {
    String outcome = save();
    if (outcome == null) {
      return null;
    }
    reviews.submit(releaseId());
    return outcome;
  }

  /** Shows the text as the public would see it (the body as it would be stored). */
  public void preview() {
    try {
      previewBody = releases.preview(body);
    } catch (InvalidInputException refused) {
      PageMessages.add(
          null, FacesMessage.SEVERITY_ERROR, refused.message(PageMessages.locale()), null);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getPreviewBody() {
    return previewBody;
  }

  /** Takes one field of the text saved by someone else into the editor, during a merge. */
  public void useSaved(String field) {
    switch (field) {
      case "type" -> type = saved.type();
      case "title" -> title = saved.title();
      case "lead" -> lead = saved.lead();
      case "body" -> body = saved.body();
      default -> throw new IllegalArgumentException(field);
    }
  }

  private void showConflict() {
    saved = releases.open(releaseId());
    conflict = revisions.compareWithCurrent(releaseId(), draft());
    version = saved.version();
    autosaved = 0;
    autosave();
    PageMessages.add(
        null,
        FacesMessage.SEVERITY_WARN,
        PageMessages.text(AppMessages.SAVED_BY_SOMEONE_ELSE, saved.revision()),
        PageMessages.text(AppMessages.SAVED_BY_SOMEONE_ELSE_DETAIL));
  }

  private ReleaseDraft draft() {
    return new ReleaseDraft(
        type,
        title,
        lead,
        body,
        classification,
        Optional.empty(),
        changeNote,
        informationCategory,
        consequenceTest(),
        subjectCode,
        retentionCode,
        new ReleaseMetadata(
            tags == null ? List.of() : tags,
            language,
            releaseId(translationOf, "translationOf"),
            releaseId(corrects, "corrects"),
            Optional.of(new ContactPerson(contactName, contactPhone, contactEmail))));
  }

  private static Optional<ReleaseId> releaseId(String typed, String field) {
    return Optional.ofNullable(typed)
        .filter(id -> !id.isBlank())
        .map(id -> ReleaseId.typed(id.strip(), field));
  }

  /** The consequence test as typed; none while all of it is empty. */
  private ConsequenceTest consequenceTest() {
    boolean empty =
        Stream.of(legalGround, harm, publicInterest, officer)
                .allMatch(t -> t == null || t.isBlank())
            && reviewOn == null;
    return empty
        ? null
        : new ConsequenceTest(
            legalGround,
            harm,
            publicInterest,
            officer == null || officer.isBlank() ? null : new Username(officer),
            reviewOn);
  }

  private int fingerprint() {
    return Objects.hash(
        type,
        title,
        lead,
        body,
        classification,
        changeNote,
        informationCategory,
        tags,
        language,
        contactName,
        contactPhone,
        contactEmail);
  }

  private boolean isExisting() {
    return id != null && !id.isBlank();
  }

  private ReleaseId releaseId() {
    return ReleaseId.parse(id);
  }

  private Optional<ReleaseId> release() {
    return isExisting() ? Optional.of(releaseId()) : Optional.empty();
  }

  private void show(ReleaseDetails release) {
    id = release.id().toString();
    version = release.version();
    type = release.type();
    title = release.title();
    lead = release.lead();
    body = release.body();
    classification = release.classification();
    informationCategory = release.informationCategory();
    subjectCode = release.subjectCode();
    tags = new ArrayList<>(release.metadata().tags());
    language = release.metadata().language();
    translationOf = release.metadata().translationOf().map(ReleaseId::toString).orElse(null);
    corrects = release.metadata().corrects().map(ReleaseId::toString).orElse(null);
    release
        .metadata()
        .contact()
        .ifPresent(
            c -> {
              contactName = c.name();
              contactPhone = c.phone();
              contactEmail = c.email();
            });
    retentionCode = release.retentionCode();
    release
        .consequenceTest()
        .ifPresent(
            test -> {
              legalGround = test.legalGround();
              harm = test.harm();
              publicInterest = test.publicInterest();
              officer = test.officer().value();
              reviewOn = test.reviewOn();
            });
  }

  public List<EditingNow> getOthersEditing() {
    return othersEditing == null ? List.of() : othersEditing;
  }

  public WorkingCopy getOffered() {
    return offered;
  }

  public RevisionDiff getConflict() {
    return conflict;
  }

  public ReleaseDetails getSaved() {
    return saved;
  }

  public String getAutosaveStatus() {
    return autosaveStatus;
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

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getTranslationOf() {
    return translationOf;
  }

  public void setTranslationOf(String translationOf) {
    this.translationOf = translationOf;
  }

  public String getCorrects() {
    return corrects;
  }

  public void setCorrects(String corrects) {
    this.corrects = corrects;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public List<SubjectCode> getSubjectCodes() {
    return schemes.subjectCodes();
  }

  public List<RetentionRule> getRetentionRules() {
    return schemes.retentionRules();
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public void setSubjectCode(String subjectCode) {
    this.subjectCode = subjectCode;
  }

  public String getRetentionCode() {
    return retentionCode;
  }

  public void setRetentionCode(String retentionCode) {
    this.retentionCode = retentionCode;
  }

  public InformationCategory[] getInformationCategories() {
    return InformationCategory.values();
  }

  public InformationCategory getInformationCategory() {
    return informationCategory;
  }

  public void setInformationCategory(InformationCategory informationCategory) {
    this.informationCategory = informationCategory;
  }

  public String getLegalGround() {
    return legalGround;
  }

  public void setLegalGround(String legalGround) {
    this.legalGround = legalGround;
  }

  public String getHarm() {
    return harm;
  }

  public void setHarm(String harm) {
    this.harm = harm;
  }

  public String getPublicInterest() {
    return publicInterest;
  }

  public void setPublicInterest(String publicInterest) {
    this.publicInterest = publicInterest;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
