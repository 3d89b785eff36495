package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.Disposition;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.MessageKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subject classification codes and the retention schedule a release is labelled from, read from
 * JSON (the shipped defaults or the office's own files) and checked when read: unique codes,
 * sensible years, defaults that exist. A code a release names must be in the scheme.
 */
public final class Schemes {

  private final Map<String, SubjectCode> subjects = new LinkedHashMap<>();
  private final Map<String, RetentionRule> retention = new LinkedHashMap<>();
  private final Map<ReleaseType, String> subjectDefaults = new EnumMap<>(ReleaseType.class);
  private final Map<ReleaseType, String> retentionDefaults = new EnumMap<>(ReleaseType.class);

  private Schemes() {}

  /** Reads both schemes; a scheme that contradicts itself stops the application from starting. */
  public static Schemes read(InputStream subjectCodes, InputStream retentionSchedule) {
    Schemes schemes = new Schemes();
    for (JsonObject entry :
        object(subjectCodes).getJsonArray("codes").getValuesAs(JsonObject.class)) {
      SubjectCode code = new SubjectCode(entry.getString("code"), entry.getString("title"));
      if (schemes.subjects.put(code.code(), code) != null) {
        throw new IllegalStateException("Kode klasifikasi ganda: " + code.code());
      }
    }
    JsonObject schedule = object(retentionSchedule);
    for (JsonObject entry : schedule.getJsonArray("rules").getValuesAs(JsonObject.class)) {
      RetentionRule rule =
          new RetentionRule(
              entry.getString("code"),
              entry.getString("title"),
              entry.getInt("activeYears"),
              entry.getInt("inactiveYears"),
              Disposition.valueOf(entry.getString("disposition")));
      if (rule.activeYears() < 0 || rule.inactiveYears() < 0) {
        throw new IllegalStateException("Masa retensi negatif: " + rule.code());
      }
      if (schemes.retention.put(rule.code(), rule) != null) {
        throw new IllegalStateException("Kode retensi ganda: " + rule.code());
      }
      for (JsonString type : entry.getJsonArray("defaultFor").getValuesAs(JsonString.class)) {
        schemes.retentionDefaults.put(ReleaseType.valueOf(type.getString()), rule.code());
      }
    }
    schedule
        .getJsonObject("subjectDefaults")
        .forEach(
            (type, code) ->
                schemes.subjectDefaults.put(
                    ReleaseType.valueOf(type), ((JsonString) code).getString()));
    for (ReleaseType type : ReleaseType.values()) {
      if (!schemes.subjects.containsKey(schemes.subjectDefaults.get(type))
          || !schemes.retention.containsKey(schemes.retentionDefaults.get(type))) {
        throw new IllegalStateException("Tidak ada kode bawaan yang sah untuk jenis " + type);
      }
    }
    return schemes;
  }

  private static JsonObject object(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  public List<SubjectCode> subjectCodes() {
    return List.copyOf(subjects.values());
  }

  public List<RetentionRule> retentionRules() {
    return List.copyOf(retention.values());
  }

  /** The code named, checked; for a new release without one, the default for its type. */
  public String subjectCode(String code, Optional<ReleaseType> defaultFor) {
    return known(
        code,
        defaultFor.map(subjectDefaults::get),
        subjects,
        "subjectCode",
        ContentMessages.FIELD_SUBJECT_CODE);
  }

  /** The retention row named, checked; for a new release without one, the default for its type. */
  public String retentionCode(String code, Optional<ReleaseType> defaultFor) {
    return known(
        code,
        defaultFor.map(retentionDefaults::get),
        retention,
        "retentionCode",
        ContentMessages.FIELD_RETENTION_CODE);
  }

  private static String known(
      String code,
      Optional<String> fallback,
      Map<String, ?> scheme,
      String field,
      MessageKey label) {
    String chosen = code == null || code.isBlank() ? fallback.orElse(null) : code.strip();
    if (chosen != null && !scheme.containsKey(chosen)) {
      throw new InvalidInputException(field, ContentMessages.CODE_NOT_IN_SCHEME, label, chosen);
    }
    return chosen;
  }
}
