package id.go.jogjaprov.warta.content.api;

import java.util.List;

/**
 * The office's configurable schemes a release is labelled from: subject classification codes and
 * the retention schedule. Each ships with a default and can be replaced by configuration.
 */
public interface LabelSchemes {

  List<SubjectCode> subjectCodes();

  List<RetentionRule> retentionRules();

  /** The subject code a release of this type takes when it names none. */
  String defaultSubjectCode(ReleaseType type);

  /** The JRA row a release of this type takes when it names none. */
  String defaultRetentionCode(ReleaseType type);
}
