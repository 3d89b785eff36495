package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the release in the editor: attach one with its alt text and caption, describe them,
 * remove them. The release comes from the page's {@code id}; the service decides who may do what.
 */
@Named
@ViewScoped
public class ReleaseAttachmentsView implements Serializable {

  /** Where this section's own messages show (the page's other messages show at its top). */
  static final String MESSAGES = "attachments";

  @Inject AttachmentService attachments;

  private String id;
  private transient List<AttachmentSummary> files = List.of();
  private final Map<String, String> altTexts = new HashMap<>();
  private final Map<String, String> captions = new HashMap<>();
  private transient UploadedFile file;
  private String altText;
  private String caption;

  @PostConstruct
  void init() {
    id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && !id.isBlank()) {
      reload();
    }
  }

  public void attach() {
    if (file == null || file.getSize() == 0) {
      PageMessages.error(MESSAGES, AppMessages.ATTACHMENT_CHOOSE_FILE);
      return;
    }
    AttachmentSummary attached =
        attachments.attach(release(), file.getFileName(), file.getContent(), altText, caption);
    altText = null;
    caption = null;
    reload();
    PageMessages.info(MESSAGES, AppMessages.ATTACHMENT_ATTACHED, attached.fileName());
  }

  public void describe(String attachment) {
    attachments.describe(
        release(),
        AttachmentId.parse(attachment),
        altTexts.get(attachment),
        captions.get(attachment));
    reload();
    PageMessages.info(MESSAGES, AppMessages.ATTACHMENT_DESCRIBED);
  }

  public void remove(String attachment) {
    attachments.remove(release(), AttachmentId.parse(attachment));
    reload();
  }

  private void reload() {
    files = attachments.of(release());
    for (AttachmentSummary a : files) {
      altTexts.put(a.id().toString(), a.altText().orElse(null));
      captions.put(a.id().toString(), a.caption().orElse(null));
    }
  }

  private ReleaseId release() {
    return ReleaseId.parse(id);
  }

  public long getMaxMebibytes() {
    return attachments.maxBytes() / (1024 * 1024);
  }

  public boolean isForSavedRelease() {
    return id != null && !id.isBlank();
  }

  public List<AttachmentSummary> getFiles() {
    return files == null ? List.of() : files;
  }

  public Map<String, String> getAltTexts() {
    return altTexts;
  }

  public Map<String, String> getCaptions() {
    return captions;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }
}
