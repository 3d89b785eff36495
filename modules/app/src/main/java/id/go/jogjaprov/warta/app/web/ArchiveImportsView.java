package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.archives.api.ArchiveImports;
import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.api.ImportProgress;
import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.archives.api.ImportRequest;
import id.go.jogjaprov.warta.archives.api.ImportStatus;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * The archivist's imports ({@code archive-imports.xhtml}): a file to hand over, the caller's
 * imports with their progress (the page asks again every second while one runs), and the rejected
 * rows of the one chosen ({@code ?import=}). Holds ids, not imports.
 */
@Named
@ViewScoped
public class ArchiveImportsView implements Serializable {

  private static final int PAGE_SIZE = 20;
  private static final int REJECTIONS_SIZE = 50;
  private static final String MESSAGES = "upload:messages";

  @Inject ArchiveImports imports;

  private transient UploadedFile file;
  private String unit;
  private ReleaseType type = ReleaseType.NEWS;
  private Language language = Language.ID;
  private String chosen;
  private transient Page<ImportProgress> mine;
  private transient Page<ImportRejection> rejections;

  /** Hands the file over; the import goes on in the background and shows in the list. */
  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      PageMessages.error(MESSAGES, AppMessages.IMPORT_FILE_REQUIRED);
      return;
    }
    Optional<ImportFormat> format = ImportFormat.ofFileName(file.getFileName());
    if (format.isEmpty()) {
      PageMessages.error(MESSAGES, AppMessages.IMPORT_FORMAT_UNKNOWN);
      return;
    }
    if (unit == null || unit.isBlank()) {
      PageMessages.error(MESSAGES, AppMessages.IMPORT_UNIT_REQUIRED);
      return;
    }
    try (SpooledUpload upload = SpooledUpload.of(file.getInputStream(), imports.maxBytes())) {
      if (upload.tooLarge()) {
        PageMessages.error(
            MESSAGES, AppMessages.FILE_TOO_LARGE, imports.maxBytes() / (1024 * 1024));
        return;
      }
      ImportProgress started =
          imports.start(
              new ImportRequest(
                  file.getFileName(), format.get(), UnitPath.of(unit.strip()), type, language),
              upload.file());
      chosen = started.id().toString();
      PageMessages.info(MESSAGES, AppMessages.IMPORT_STARTED, started.fileName(), started.rows());
    }
    refresh();
  }

  /** Reads the imports again (the page's poll). */
  public void refresh() {
    mine = null;
    rejections = null;
  }

  public Page<ImportProgress> getMine() {
    if (mine == null) {
      mine = imports.mine(PageRequest.first(PAGE_SIZE));
    }
    return mine;
  }

  public boolean isAnyRunning() {
    return getMine().items().stream().anyMatch(i -> i.status() == ImportStatus.RUNNING);
  }

  public Page<ImportRejection> getRejections() {
    if (rejections == null) {
      rejections =
          chosen == null
              ? new Page<>(List.of(), 0, PageRequest.first(REJECTIONS_SIZE))
              : imports.rejections(UUID.fromString(chosen), PageRequest.first(REJECTIONS_SIZE));
    }
    return rejections;
  }

  public String reason(ImportRejection rejection) {
    return rejection.reason(PageMessages.locale());
  }

  public List<ReleaseType> getTypes() {
    return Arrays.asList(ReleaseType.values());
  }

  public List<Language> getLanguages() {
    return Arrays.asList(Language.values());
  }

  public long getMaxMebibytes() {
    return imports.maxBytes() / (1024 * 1024);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public ReleaseType getType() {
    return type;
  }

  public void setType(ReleaseType type) {
    this.type = type;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  /** The import whose rejected rows are shown. */
  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    try {
      this.chosen = chosen == null || chosen.isBlank() ? null : UUID.fromString(chosen).toString();
    } catch (IllegalArgumentException e) {
      this.chosen = null;
    }
    rejections = null;
  }
}
