package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.app.AppMessages;
import id.go.jogjaprov.warta.app.infrastructure.Outages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.KernelMessages;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PreconditionRequiredException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.StaleVersionException;
import id.go.jogjaprov.warta.kernel.WartaException;
import id.go.jogjaprov.warta.workflow.api.LeakSuspectedException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers as problem details. */
final class ProblemMappers {

  private ProblemMappers() {}

  /**
   * Business failures: their messages are written for users, in their language, and carry no
   * classified text.
   */
  @Provider
  public static class Business implements ExceptionMapper<WartaException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WartaException e) {
      Locale locale = RequestLanguage.of(headers);
      if (e instanceof LeakSuspectedException suspected) {
        return Problem.leakSuspected(locale, suspected);
      }
      String field =
          e instanceof InvalidInputException invalid ? invalid.field().orElse(null) : null;
      return Problem.response(typeOf(e), locale, e.title(locale), e.message(locale), field);
    }

    static ProblemType typeOf(WartaException e) {
      if (e instanceof ItemNotFoundException) {
        return ProblemType.NOT_FOUND;
      }
      if (e instanceof StaleVersionException) {
        return ProblemType.STALE_VERSION;
      }
      if (e instanceof PreconditionRequiredException) {
        return ProblemType.PRECONDITION_REQUIRED;
      }
      if (e instanceof NotPermittedException) {
        return ProblemType.NOT_PERMITTED;
      }
      if (e instanceof RuleViolationException) {
        return ProblemType.RULE_VIOLATION;
      }
      return ProblemType.INVALID_INPUT;
    }
  }

  /** Someone else saved the same release first. */
  @Provider
  public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(OptimisticLockException e) {
      return Problem.response(
          ProblemType.STALE_VERSION,
          RequestLanguage.of(headers),
          KernelMessages.TITLE_STALE_VERSION,
          null,
          AppMessages.CHANGED_BY_SOMEONE_ELSE);
    }
  }

  /** Unreadable JSON or a wrong type in a field. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<JsonbException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(headers);
    }

    static Response unreadable(HttpHeaders headers) {
      return Problem.response(
          ProblemType.MALFORMED_BODY,
          RequestLanguage.of(headers),
          KernelMessages.TITLE_INVALID_INPUT,
          null,
          AppMessages.BODY_NOT_JSON);
    }
  }

  /** Jersey wraps body-reading failures in a ProcessingException. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.response(
          ProblemType.MALFORMED_BODY,
          RequestLanguage.of(headers),
          KernelMessages.TITLE_INVALID_INPUT,
          null,
          AppMessages.BODY_UNREADABLE);
    }
  }

  /** The framework's own answers (unknown path, wrong method, unsupported media type). */
  @Provider
  public static class Framework implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e.getCause() instanceof JsonbException) {
        return UnreadableBody.unreadable(headers);
      }
      return Problem.plain(
          status,
          Response.Status.fromStatusCode(status) == null
              ? "Galat"
              : Response.Status.fromStatusCode(status).getReasonPhrase());
    }
  }

  /**
   * Anything else is our fault. The log gets an incident id and the exception's classes only:
   * database messages can quote row values, which may be classified.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
      Locale locale = RequestLanguage.of(headers);
      if (Outages.databaseUnavailable(e)) {
        LOG.warning(() -> "Database unavailable: " + causeChain(e));
        return Response.fromResponse(
                Problem.response(
                    ProblemType.UNAVAILABLE,
                    locale,
                    AppMessages.UNAVAILABLE_TITLE,
                    null,
                    AppMessages.DATABASE_UNAVAILABLE))
            .header("Retry-After", "5")
            .build();
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident {0}: {1}", new Object[] {incident, causeChain(e)});
      return Problem.response(
          ProblemType.INTERNAL,
          locale,
          AppMessages.INTERNAL_TITLE,
          null,
          AppMessages.INTERNAL_INCIDENT,
          incident);
    }

    static String causeChain(Throwable e) {
      StringBuilder chain = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length > 0) {
          chain.append(" at ").append(trace[0]);
        }
      }
      return chain.toString();
    }
  }
}
