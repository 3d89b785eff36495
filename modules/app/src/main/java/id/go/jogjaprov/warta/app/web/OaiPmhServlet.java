package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OAI-PMH 2.0 at {@code /oai}, for national and regional archives and libraries to harvest the
 * province's published public releases as Dublin Core ({@code oai_dc}): every verb, selective
 * harvesting by date and by unit (a set per unit, hierarchical), resumption tokens, and the
 * protocol's errors. It answers from public releases only: nothing unpublished, embargoed or above
 * Biasa is a record, a set, a datestamp or a count here.
 */
@WebServlet("/oai")
public class OaiPmhServlet extends HttpServlet {

  private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String PREFIX = "oai_dc";

  /** The arguments each verb takes: required ones marked with a leading {@code !}. */
  private static final Map<String, Set<String>> VERBS =
      Map.of(
          "Identify", Set.of(),
          "ListMetadataFormats", Set.of("identifier"),
          "ListSets", Set.of("resumptionToken"),
          "GetRecord", Set.of("!identifier", "!metadataPrefix"),
          "ListIdentifiers", Set.of("!metadataPrefix", "from", "until", "set", "resumptionToken"),
          "ListRecords", Set.of("!metadataPrefix", "from", "until", "set", "resumptionToken"));

  private static final Set<String> LISTS = Set.of("ListIdentifiers", "ListRecords");

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECOND =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

  @Inject ReleaseService releases;
  @Inject PublicAddresses addresses;

  /** Records in one answer to a list; a resumption token asks for the next. */
  @Inject
  @ConfigProperty(name = "warta.oai.page-size", defaultValue = "100")
  int pageSize;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  /** A protocol error: its code and what it says. */
  private static final class OaiError extends Exception {
    final String code;

    OaiError(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(body, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("OAI-PMH");
      xml.writeDefaultNamespace(OAI);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(
          XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
      text(xml, "responseDate", stamp(Instant.now()));
      Map<String, String> arguments = new LinkedHashMap<>();
      boolean requestWritten = false;
      try {
        String verb = verb(request, arguments);
        Optional<Harvest> harvest =
            LISTS.contains(verb) ? Optional.of(Harvest.of(arguments)) : Optional.empty();
        requestElement(xml, arguments);
        requestWritten = true;
        // Each verb finds whatever can fail before it writes its element, so an error replaces it.
        respond(verb, arguments, harvest, xml);
      } catch (OaiError error) {
        if (!requestWritten) {
          // The request is echoed without its arguments when they are what is wrong.
          requestElement(
              xml,
              error.code.equals("badVerb") || error.code.equals("badArgument")
                  ? Map.of()
                  : arguments);
        }
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code);
        xml.writeCharacters(error.getMessage());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("The OAI-PMH answer could not be written", e);
    }
    response.setContentType("text/xml;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.getOutputStream().write(body.toByteArray());
  }

  private void requestElement(XMLStreamWriter xml, Map<String, String> arguments)
      throws XMLStreamException {
    xml.writeStartElement("request");
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      xml.writeAttribute(argument.getKey(), argument.getValue());
    }
    xml.writeCharacters(addresses.of("oai"));
    xml.writeEndElement();
  }

  /** The verb, its arguments checked against what it takes. */
  private static String verb(HttpServletRequest request, Map<String, String> arguments)
      throws OaiError {
    Map<String, String[]> given = request.getParameterMap();
    String[] verbs = given.get("verb");
    if (verbs == null || verbs.length != 1 || !VERBS.containsKey(verbs[0])) {
      throw new OaiError("badVerb", "The verb is missing, repeated or not an OAI-PMH verb.");
    }
    String verb = verbs[0];
    arguments.put("verb", verb);
    Set<String> takes = VERBS.get(verb);
    for (Map.Entry<String, String[]> argument : given.entrySet()) {
      String name = argument.getKey();
      if (name.equals("verb")) {
        continue;
      }
      if (!takes.contains(name) && !takes.contains("!" + name)) {
        throw new OaiError("badArgument", verb + " does not take " + name + ".");
      }
      if (argument.getValue().length != 1) {
        throw new OaiError("badArgument", name + " is repeated.");
      }
      arguments.put(name, argument.getValue()[0]);
    }
    if (arguments.containsKey("resumptionToken")) {
      if (arguments.size() != 2) {
        throw new OaiError("badArgument", "A resumptionToken comes alone.");
      }
      return verb;
    }
    for (String argument : takes) {
      if (argument.startsWith("!") && !arguments.containsKey(argument.substring(1))) {
        throw new OaiError("badArgument", verb + " needs " + argument.substring(1) + ".");
      }
    }
    return verb;
  }

  private void respond(
      String verb, Map<String, String> arguments, Optional<Harvest> harvest, XMLStreamWriter xml)
      throws OaiError, XMLStreamException {
    switch (verb) {
      case "Identify" -> identify(xml);
      case "ListMetadataFormats" -> {
        if (arguments.containsKey("identifier")) {
          released(arguments.get("identifier"));
        }
        metadataFormats(xml);
      }
      case "ListSets" -> {
        if (arguments.containsKey("resumptionToken")) {
          throw new OaiError("badResumptionToken", "The sets come in one answer.");
        }
        sets(xml);
      }
      case "GetRecord" -> {
        format(arguments.get("metadataPrefix"));
        ReleaseDetails release = released(arguments.get("identifier"));
        xml.writeStartElement("GetRecord");
        record(xml, release, true);
        xml.writeEndElement();
      }
      default -> list(xml, verb, harvest.orElseThrow());
    }
  }

  private void identify(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("Identify");
    text(xml, "repositoryName", "Warta — Humas Pemda DIY");
    text(xml, "baseURL", addresses.of("oai"));
    text(xml, "protocolVersion", "2.0");
    text(xml, "adminEmail", "humas@jogjaprov.go.id");
    text(xml, "earliestDatestamp", stamp(releases.earliestPublicDatestamp().orElse(Instant.EPOCH)));
    text(xml, "deletedRecord", "no");
    text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
    xml.writeEndElement();
  }

  private static void metadataFormats(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("ListMetadataFormats");
    xml.writeStartElement("metadataFormat");
    text(xml, "metadataPrefix", PREFIX);
    text(xml, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    text(xml, "metadataNamespace", OAI_DC);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void sets(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("ListSets");
    for (UnitPath unit : releases.unitsWithPublicReleases()) {
      xml.writeStartElement("set");
      text(xml, "setSpec", setSpec(unit));
      text(xml, "setName", unit.name());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /**
   * A unit as a set: its path's names joined by colons, each kept to the characters a setSpec may
   * hold ({@code Pemda_DIY:Dinas_Pariwisata}).
   */
  static String setSpec(UnitPath unit) {
    return String.join(
        ":",
        java.util.Arrays.stream(unit.value().substring(1).split("/"))
            .map(name -> name.replaceAll("[^A-Za-z0-9\\-_.!~*'()]", "_"))
            .toList());
  }

  /** The unit a set names, among those that have public releases. */
  Optional<UnitPath> unitOf(String setSpec) {
    return releases.unitsWithPublicReleases().stream()
        .filter(unit -> setSpec(unit).equals(setSpec))
        .findFirst();
  }

  private static void format(String prefix) throws OaiError {
    if (!PREFIX.equals(prefix)) {
      throw new OaiError("cannotDisseminateFormat", "Only oai_dc is offered.");
    }
  }

  private String identifier(ReleaseDetails release) {
    return "oai:" + addresses.host() + ":" + release.slug().orElseThrow();
  }

  /** The public release an identifier names, or the protocol's idDoesNotExist. */
  private ReleaseDetails released(String identifier) throws OaiError {
    String prefix = "oai:" + addresses.host() + ":";
    Optional<ReleaseDetails> release =
        identifier.startsWith(prefix)
            ? releases.publicBySlug(identifier.substring(prefix.length()))
            : Optional.empty();
    return release.orElseThrow(
        () -> new OaiError("idDoesNotExist", "No record has this identifier."));
  }

  /** What a list asks: a format, dates, a unit and a page, written in and read from its token. */
  record Harvest(Optional<Instant> from, Optional<Instant> until, Optional<String> set, int page) {

    static Harvest of(Map<String, String> arguments) throws OaiError {
      if (arguments.containsKey("resumptionToken")) {
        return token(arguments.get("resumptionToken"));
      }
      format(arguments.get("metadataPrefix"));
      String from = arguments.get("from");
      String until = arguments.get("until");
      if (from != null
          && until != null
          && DAY.matcher(from).matches() != DAY.matcher(until).matches()) {
        throw new OaiError("badArgument", "from and until differ in granularity.");
      }
      Harvest harvest;
      try {
        harvest =
            new Harvest(
                Optional.ofNullable(from).map(day -> moment(day, false)),
                Optional.ofNullable(until).map(day -> moment(day, true)),
                Optional.ofNullable(arguments.get("set")),
                0);
      } catch (IllegalArgumentException notADatestamp) {
        throw new OaiError("badArgument", "from and until are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
      }
      if (harvest.from.isPresent()
          && harvest.until.isPresent()
          && harvest.from.get().isAfter(harvest.until.get())) {
        throw new OaiError("badArgument", "from is after until.");
      }
      return harvest;
    }

    /** A datestamp argument: its first moment, or its last when it ends a range. */
    private static Instant moment(String text, boolean last) {
      try {
        if (DAY.matcher(text).matches()) {
          Instant start = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
          return last ? start.plus(1, ChronoUnit.DAYS).minusNanos(1) : start;
        }
        if (SECOND.matcher(text).matches()) {
          Instant second = Instant.parse(text);
          return last ? second.plusSeconds(1).minusNanos(1) : second;
        }
      } catch (DateTimeException e) {
        // Falls through to the protocol's answer.
      }
      throw new IllegalArgumentException(text);
    }

    String token() {
      String plain =
          String.join(
              "~",
              from.map(Instant::toString).orElse(""),
              until.map(Instant::toString).orElse(""),
              set.orElse(""),
              Integer.toString(page + 1));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Harvest token(String token) throws OaiError {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("~", -1);
        if (parts.length != 4) {
          throw new IllegalArgumentException(token);
        }
        return new Harvest(
            parts[0].isEmpty() ? Optional.empty() : Optional.of(Instant.parse(parts[0])),
            parts[1].isEmpty() ? Optional.empty() : Optional.of(Instant.parse(parts[1])),
            parts[2].isEmpty() ? Optional.empty() : Optional.of(parts[2]),
            Integer.parseInt(parts[3]));
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new OaiError("badResumptionToken", "This resumptionToken is not one of ours.");
      }
    }
  }

  private void list(XMLStreamWriter xml, String verb, Harvest harvest)
      throws OaiError, XMLStreamException {
    Optional<UnitPath> unit = Optional.empty();
    if (harvest.set().isPresent()) {
      unit = unitOf(harvest.set().get());
      if (unit.isEmpty()) {
        throw new OaiError("noRecordsMatch", "No public releases in this set.");
      }
    }
    Page<ReleaseDetails> found;
    try {
      found =
          releases.listPublicSince(
              harvest.from(), harvest.until(), unit, new PageRequest(harvest.page(), pageSize));
    } catch (id.go.jogjaprov.warta.kernel.InvalidInputException e) {
      throw new OaiError("badResumptionToken", "This resumptionToken is not one of ours.");
    }
    if (found.items().isEmpty()) {
      if (harvest.page() > 0) {
        throw new OaiError("badResumptionToken", "This resumptionToken has run out.");
      }
      throw new OaiError("noRecordsMatch", "No public releases match.");
    }
    boolean records = verb.equals("ListRecords");
    xml.writeStartElement(verb);
    for (ReleaseDetails release : found.items()) {
      record(xml, release, records);
    }
    long seen = (long) harvest.page() * pageSize + found.items().size();
    if (harvest.page() > 0 || seen < found.total()) {
      xml.writeStartElement("resumptionToken");
      xml.writeAttribute("completeListSize", Long.toString(found.total()));
      xml.writeAttribute("cursor", Long.toString((long) harvest.page() * pageSize));
      if (seen < found.total()) {
        xml.writeCharacters(harvest.token());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** A record's header and, for a record rather than an identifier, its Dublin Core. */
  private void record(XMLStreamWriter xml, ReleaseDetails release, boolean withMetadata)
      throws XMLStreamException {
    if (withMetadata) {
      xml.writeStartElement("record");
    }
    xml.writeStartElement("header");
    text(xml, "identifier", identifier(release));
    text(xml, "datestamp", stamp(release.publicDatestamp()));
    for (UnitPath unit : release.unit().withUnitsAbove()) {
      text(xml, "setSpec", setSpec(unit));
    }
    xml.writeEndElement();
    if (withMetadata) {
      xml.writeStartElement("metadata");
      xml.writeStartElement("oai_dc", "dc", OAI_DC);
      xml.writeNamespace("oai_dc", OAI_DC);
      xml.writeNamespace("dc", DC);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(
          XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
      dc(xml, "title", release.title());
      dc(xml, "creator", release.unit().name());
      for (String tag : release.metadata().tags()) {
        dc(xml, "subject", tag);
      }
      if (release.lead() != null && !release.lead().isBlank()) {
        dc(xml, "description", release.lead());
      }
      dc(xml, "publisher", "Pemerintah Daerah Daerah Istimewa Yogyakarta");
      dc(xml, "date", release.publishedAt().orElseThrow().toString());
      dc(xml, "type", "Text");
      dc(xml, "format", "text/html");
      dc(xml, "identifier", addresses.release(release.slug().orElseThrow()));
      dc(xml, "language", release.metadata().language().name().toLowerCase(java.util.Locale.ROOT));
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }
  }

  private static void dc(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement("dc", element, DC);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static String stamp(Instant moment) {
    return moment.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
