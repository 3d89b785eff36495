package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.devstack.TestStack;
import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the WAR exactly as built, deployed once to a Payara
 * Micro the classes share ({@link OnePayaraForTheRun}), called from outside as a client with real
 * Keycloak tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class WartaIT {

  @Deployment(name = OnePayaraForTheRun.SHARED, testable = false)
  static WebArchive deployment() {
    return WartaDeployment.war();
  }

  static final String CONTEXT_PATH = "/warta";

  final WartaApiClient api = new WartaApiClient(WartaDeployment.baseUrl());

  /** Where the API's problem types live; a client branches on them. */
  static final String PROBLEMS = "https://warta.jogjaprov.go.id/problems/";

  /** A fresh token: each reflects the user's roles in Keycloak now. */
  static String token(String user) {
    return WartaApiClient.accessToken(user);
  }

  /**
   * Every item of a paged list, following its {@code Link rel="next"} headers from the first page
   * to the last, and checking that the items add up to the total each page announces.
   */
  List<JsonObject> everyItem(String path, String token) {
    List<JsonObject> items = new ArrayList<>();
    String next = path + (path.contains("?") ? "&" : "?") + "size=" + PageRequest.MAX_SIZE;
    long total = -1;
    while (next != null) {
      Response page = api.get(next, token);
      assertEquals(200, page.status(), page.body());
      total = page.json().getJsonNumber("total").longValue();
      items.addAll(page.json().getJsonArray("items").getValuesAs(JsonObject.class));
      next = linked(page, "next");
    }
    assertEquals(total, items.size(), path + ": the total counts exactly the items listed");
    return items;
  }

  /** The path a page's {@code Link} header of this relation points to, or {@code null}. */
  static String linked(Response page, String relation) {
    return page.headerValues("Link").stream()
        .filter(link -> link.endsWith("rel=\"" + relation + "\""))
        .map(link -> link.substring(1, link.indexOf('>')).substring(CONTEXT_PATH.length()))
        .findFirst()
        .orElse(null);
  }

  /** The ETag a release answered as JSON stands for: its version, quoted. */
  static String etag(JsonObject release) {
    return "\"" + release.getJsonNumber("version").longValue() + "\"";
  }

  /** An answer with every id in it replaced, to compare answers about different items. */
  static String uuidFree(String body) {
    return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
  }

  static List<String> ids(List<JsonObject> items) {
    return items.stream().map(item -> item.getString("id")).toList();
  }

  /** The id of the one archive record {@code reader} finds by {@code words}. */
  String recordOf(String words, String reader) {
    Response found =
        api.get(
            "/api/archive/search?q=" + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8),
            token(reader));
    assertEquals(1, found.json().getJsonArray("items").size(), found.body());
    return found.json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  /** The archive record {@code id} as {@code reader}, who may read it, reads it. */
  JsonObject record(String id, String reader) {
    Response record = api.get("/api/archive/records/" + id, token(reader));
    assertEquals(200, record.status(), record.body());
    return record.json();
  }

  /** Submits a draft as {@code author} and approves it as {@code approver}, which publishes it. */
  void publish(String id, String author, String approver) {
    assertEquals(200, api.post("/api/releases/" + id + "/submit", token(author), "{}").status());
    Response approved =
        api.post(
            "/api/releases/" + id + "/decisions", token(approver), "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"));
  }

  /**
   * Submits a Rahasia or Sangat Rahasia draft as {@code author}, has it approved by {@code
   * approver} and then by {@code agencyHead} (the second approval such levels need), which
   * publishes it.
   */
  void publishClassified(String id, String author, String approver, String agencyHead) {
    assertEquals(200, api.post("/api/releases/" + id + "/submit", token(author), "{}").status());
    Response first =
        api.post(
            "/api/releases/" + id + "/decisions", token(approver), "{\"decision\":\"APPROVE\"}");
    assertEquals("AWAITING_AGENCY_HEAD", first.json().getString("status"), first.body());
    Response second =
        api.post(
            "/api/releases/" + id + "/decisions", token(agencyHead), "{\"decision\":\"APPROVE\"}");
    assertEquals("PUBLISHED", second.json().getString("status"), second.body());
  }

  /**
   * Creates a draft as {@code author} in their own unit and answers it as JSON. Classified drafts
   * are exempt information and carry their consequence test, so that they can go to review.
   */
  JsonObject createDraft(String author, String classification, String title, String body) {
    var draft =
        Json.createObjectBuilder()
            .add("type", "PRESS_RELEASE")
            .add("title", title)
            .add("lead", "Teras berita untuk uji.")
            .add("body", body)
            .add("classification", classification);
    if (!classification.equals("BIASA")) {
      draft.add("consequenceTest", consequenceTest(author));
    }
    return created(api.post("/api/releases", token(author), draft.build().toString()));
  }

  /** A complete consequence test decided by {@code officer}, to be reviewed in a year. */
  static JsonObject consequenceTest(String officer) {
    return Json.createObjectBuilder()
        .add("legalGround", "Pasal 17 huruf b UU 14/2008")
        .add("harm", "Dapat menghambat proses yang sedang berjalan bila dibuka sekarang.")
        .add("publicInterest", "Kepentingan publik terlayani lebih baik setelah proses selesai.")
        .add("officer", officer)
        .add("reviewOn", java.time.LocalDate.now().plusYears(1).toString())
        .build();
  }

  private static JsonObject created(Response created) {
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  /**
   * A public Biasa release of the author's unit with a tag, a lead and a contact person, published
   * by the approver; as its author reads it.
   */
  JsonObject publishedPublicly(
      String author, String approver, String type, String title, String tag) {
    String draft =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("lead", "Ringkasan " + title)
            .add("body", "<p>Isi " + title + ".</p>")
            .add("classification", "BIASA")
            .add(
                "metadata",
                Json.createObjectBuilder()
                    .add("tags", Json.createArrayBuilder().add(tag.toUpperCase()))
                    .add("language", "ID")
                    .add(
                        "contact",
                        Json.createObjectBuilder()
                            .add("name", "Humas " + title)
                            .add("email", "humas@jogjaprov.go.id")))
            .build()
            .toString();
    Response created = api.post("/api/releases", token(author), draft);
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    publish(id, author, approver);
    return api.get("/api/releases/" + id, token(author)).json();
  }

  /**
   * A page that was asked for {@code words} repeats them (the search box, the portal's chip of
   * them, links that keep the search, the language link's way back): that echo is the reader's own,
   * not the item's, and is taken out before the answer is searched for the marker. Markers need no
   * URL encoding.
   */
  static String withoutOwnWords(String body, String words) {
    return body.replace("value=\"" + words + "\"", "")
        .replace("“" + words + "”", "")
        .replace("q=" + words, "")
        .replace("q%3D" + words, "");
  }

  /**
   * What an OAI-PMH harvester receives for this request, every resumption token followed, as one
   * text; each answer's request element (an echo of what was asked) left out.
   */
  String harvest(String query) {
    StringBuilder answers = new StringBuilder();
    String next = query;
    while (next != null) {
      Response answer = api.get("/oai?" + next, null);
      assertEquals(200, answer.status(), next);
      answers.append(answer.body().replaceAll("<request[^>]*>[^<]*</request>", ""));
      java.util.regex.Matcher token =
          java.util.regex.Pattern.compile("<resumptionToken[^>]*>([^<]+)<").matcher(answer.body());
      next =
          token.find()
              ? next.substring(0, next.indexOf('&')) + "&resumptionToken=" + token.group(1)
              : null;
    }
    return answers.toString();
  }

  /**
   * A Terbatas release of Bidang Humas, published: the permanent address ({@code slug}) of a
   * release the public may never read.
   */
  String publishedTerbatasSlug(String title) {
    String id =
        createDraft("staf.humas", "TERBATAS", title, "<p>Rute rombongan.</p>").getString("id");
    publish(id, "staf.humas", "kabid.humas");
    return api.get("/api/releases/" + id, token("staf.humas")).json().getString("slug");
  }

  /** Changes exactly one row behind Warta's back, as the database owner, as an intruder would. */
  static void updateAsOwner(String sql, String id) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        var statement = connection.prepareStatement(sql)) {
      statement.setObject(1, UUID.fromString(id));
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }

  /**
   * PostgreSQL's superuser, for what only it may do (cut Warta's connections, close a database).
   */
  static java.sql.Connection superuser() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/postgres",
        "postgres",
        System.getenv().getOrDefault("PGPASSWORD", ""));
  }

  /**
   * Runs each statement as Warta's own database role, as an intruder holding its password would,
   * and answers how each was refused; fails if one went through.
   */
  static List<SQLException> refusedToWartasRole(List<String> statements) throws SQLException {
    List<SQLException> refusals = new ArrayList<>();
    try (var runtime =
            DriverManager.getConnection(
                TestStack.databaseUrl(), TestStack.RUNTIME, TestStack.RUNTIME_PASSWORD);
        var sql = runtime.createStatement()) {
      for (String statement : statements) {
        refusals.add(
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> sql.execute(statement), statement));
      }
    }
    return refusals;
  }

  /** Runs statements as the database owner in one transaction, bypassing Warta. */
  static void asDatabaseOwner(String... statements) throws SQLException {
    try (var connection =
        DriverManager.getConnection(
            TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD)) {
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Counts rows as the database owner, bypassing Warta: what the tables really hold. */
  static long countAsOwner(String sql, Object... parameters) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                TestStack.databaseUrl(), TestStack.OWNER, TestStack.OWNER_PASSWORD);
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Runs the calls on threads of their own released together, as officials clicking at the same
   * moment would, and gives their answers in the calls' order.
   */
  static <T> List<T> atTheSameMoment(List<Callable<T>> calls)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> call : calls) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same call {@code times} times at the same moment ({@link #atTheSameMoment(List)}). */
  static <T> List<T> atTheSameMoment(int times, Callable<T> call)
      throws InterruptedException, ExecutionException {
    return atTheSameMoment(java.util.Collections.nCopies(times, call));
  }

  /** The first e-mail to {@code address} whose body matches, waiting for the notifier. */
  static MimeMessage mailTo(String address, Predicate<String> bodyMatches)
      throws InterruptedException, MessagingException, IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    do {
      for (MimeMessage message : TestStack.receivedMail()) {
        if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
            && bodyMatches.test(message.getContent().toString())) {
          return message;
        }
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("no e-mail to " + address);
  }
}
