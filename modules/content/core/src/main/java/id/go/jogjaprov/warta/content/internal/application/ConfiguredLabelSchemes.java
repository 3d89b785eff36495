package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import id.go.jogjaprov.warta.content.internal.domain.Schemes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schemes the office configured ({@code warta.schemes.subject-codes} and {@code
 * warta.schemes.retention}: paths to JSON files), or the defaults shipped in {@code /schemes}.
 */
@ApplicationScoped
public class ConfiguredLabelSchemes implements LabelSchemes {

  @Inject
  @ConfigProperty(name = "warta.schemes.subject-codes")
  Optional<String> subjectCodesFile;

  @Inject
  @ConfigProperty(name = "warta.schemes.retention")
  Optional<String> retentionFile;

  private Schemes schemes;

  @PostConstruct
  void read() {
    try (InputStream subjects = open(subjectCodesFile, "/schemes/subject-codes.json");
        InputStream retention = open(retentionFile, "/schemes/retention.json")) {
      schemes = Schemes.read(subjects, retention);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Optional<String> file, String shipped) throws IOException {
    return file.isPresent()
        ? Files.newInputStream(Path.of(file.get()))
        : ConfiguredLabelSchemes.class.getResourceAsStream(shipped);
  }

  Schemes schemes() {
    return schemes;
  }

  @Override
  public List<SubjectCode> subjectCodes() {
    return schemes.subjectCodes();
  }

  @Override
  public List<RetentionRule> retentionRules() {
    return schemes.retentionRules();
  }

  @Override
  public String defaultSubjectCode(ReleaseType type) {
    return schemes.subjectCode(null, Optional.of(type));
  }

  @Override
  public String defaultRetentionCode(ReleaseType type) {
    return schemes.retentionCode(null, Optional.of(type));
  }
}
