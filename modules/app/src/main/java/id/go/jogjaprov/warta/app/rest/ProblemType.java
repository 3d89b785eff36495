package id.go.jogjaprov.warta.app.rest;

import java.net.URI;

/**
 * The kinds of problem the API answers, each with its status and a {@code type} URI (RFC 9457) a
 * client can branch on without reading the Indonesian title. The URIs identify; README lists them.
 */
enum ProblemType {
  INVALID_INPUT(400, "invalid-input"),
  MALFORMED_BODY(400, "malformed-body"),
  NOT_PERMITTED(403, "not-permitted"),
  NOT_FOUND(404, "not-found"),
  RULE_VIOLATION(409, "rule-violation"),
  LEAK_SUSPECTED(409, "leak-suspected"),
  STALE_VERSION(412, "stale-version"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  INTERNAL(500, "internal"),
  UNAVAILABLE(503, "unavailable");

  static final String BASE = "https://warta.jogjaprov.go.id/problems/";

  private final int status;
  private final URI type;

  ProblemType(int status, String slug) {
    this.status = status;
    this.type = URI.create(BASE + slug);
  }

  int status() {
    return status;
  }

  URI type() {
    return type;
  }
}
