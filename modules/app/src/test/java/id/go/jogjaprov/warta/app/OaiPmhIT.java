package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OAI-PMH as a harvester meets it: every verb, selective harvesting by date and set, resumption
 * tokens, the protocol's errors; public releases only.
 */
class OaiPmhIT extends WartaIT {

  private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private final String tag = "panen" + UUID.randomUUID().toString().substring(0, 8);

  private Document oai(String query) throws Exception {
    Response answer = api.get("/oai?" + query, null);
    assertEquals(200, answer.status(), query);
    assertTrue(answer.header("Content-Type").startsWith("text/xml"), query);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document, String namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, name);
    return IntStream.range(0, nodes.getLength())
        .mapToObj(i -> nodes.item(i).getTextContent())
        .toList();
  }

  private String error(String query) throws Exception {
    Document answer = oai(query);
    List<String> codes = new ArrayList<>();
    NodeList errors = answer.getElementsByTagNameNS(OAI, "error");
    for (int i = 0; i < errors.getLength(); i++) {
      codes.add(((Element) errors.item(i)).getAttribute("code"));
    }
    assertEquals(1, codes.size(), query);
    Element request = (Element) answer.getElementsByTagNameNS(OAI, "request").item(0);
    if (codes.get(0).equals("badVerb") || codes.get(0).equals("badArgument")) {
      assertEquals(0, request.getAttributes().getLength(), query + ": arguments not echoed");
    }
    return codes.get(0);
  }

  @Test
  void everyVerbAnswersAndEveryWrongRequestGetsTheProtocolsError() throws Exception {
    Document identify = oai("verb=Identify");
    assertEquals(List.of("2.0"), texts(identify, OAI, "protocolVersion"));
    assertTrue(texts(identify, OAI, "baseURL").get(0).endsWith("/oai"));
    assertEquals(List.of("YYYY-MM-DDThh:mm:ssZ"), texts(identify, OAI, "granularity"));
    assertEquals(List.of("oai_dc"), texts(oai("verb=ListMetadataFormats"), OAI, "metadataPrefix"));

    assertEquals("badVerb", error("verb=Harvest"));
    assertEquals("badVerb", error("metadataPrefix=oai_dc"));
    assertEquals("badVerb", error("verb=Identify&verb=ListSets"));
    assertEquals("badArgument", error("verb=ListRecords"));
    assertEquals("badArgument", error("verb=ListRecords&metadataPrefix=oai_dc&limit=5"));
    assertEquals("badArgument", error("verb=Identify&set=x"));
    assertEquals("badArgument", error("verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01"));
    assertEquals(
        "badArgument",
        error("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z"));
    assertEquals(
        "badArgument",
        error("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2024-01-01"));
    assertEquals(
        "badArgument", error("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc"));
    assertEquals("badArgument", error("verb=GetRecord&metadataPrefix=oai_dc"));
    assertEquals("cannotDisseminateFormat", error("verb=ListRecords&metadataPrefix=marc21"));
    assertEquals("badResumptionToken", error("verb=ListRecords&resumptionToken=bukan-token"));
    assertEquals("badResumptionToken", error("verb=ListSets&resumptionToken=abc"));
    assertEquals(
        "idDoesNotExist", error("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:x:tidak-ada"));
    assertEquals("idDoesNotExist", error("verb=ListMetadataFormats&identifier=oai:x:tidak-ada"));
    assertEquals(
        "noRecordsMatch",
        error("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2001-01-01&until=2001-12-31"));
    assertEquals("noRecordsMatch", error("verb=ListRecords&metadataPrefix=oai_dc&set=Tidak_Ada"));
  }

  @Test
  void aHarvesterGetsEveryPublicReleaseSinceADayInPagesAndNothingElse() throws Exception {
    Instant since = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    Thread.sleep(Math.max(0, since.toEpochMilli() - System.currentTimeMillis() + 50));
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      boolean tourism = i % 2 == 1;
      slugs.add(
          publishedPublicly(
                  tourism ? "staf.pariwisata" : "staf.humas",
                  tourism ? "kabid.pariwisata" : "kabid.humas",
                  "NEWS",
                  "Panen raya " + i + " " + tag,
                  tag)
              .getString("slug"));
    }
    String secretSlug = publishedTerbatasSlug("Rapat tertutup " + tag);

    List<String> identifiers = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    String query = "verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + since;
    int pages = 0;
    while (query != null) {
      Document page = oai(query);
      bodies.add(page.getDocumentElement().getTextContent());
      identifiers.addAll(texts(page, OAI, "identifier"));
      Element token = (Element) page.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
      assertEquals("4", token.getAttribute("completeListSize"));
      assertEquals(Integer.toString(pages * 3), token.getAttribute("cursor"));
      query =
          token.getTextContent().isEmpty()
              ? null
              : "verb=ListIdentifiers&resumptionToken=" + token.getTextContent();
      pages++;
    }
    assertEquals(2, pages, "three records a page in the tests");
    assertEquals(
        slugs,
        identifiers.stream().map(id -> id.substring(id.lastIndexOf(':') + 1)).toList(),
        "in the order they were published");
    assertTrue(identifiers.get(0).startsWith("oai:127.0.0.1:"), identifiers.get(0));

    Document tourism =
        oai("verb=ListRecords&metadataPrefix=oai_dc&set=Pemda_DIY:Dinas_Pariwisata&from=" + since);
    assertEquals(
        List.of("Panen raya 1 " + tag, "Panen raya 3 " + tag), texts(tourism, DC, "title"));
    assertTrue(texts(tourism, DC, "identifier").get(0).endsWith("/rilis/" + slugs.get(1)));
    assertEquals(List.of(tag, tag), texts(tourism, DC, "subject"));

    Document one = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifiers.get(0));
    assertEquals(List.of("Panen raya 0 " + tag), texts(one, DC, "title"));
    assertTrue(texts(oai("verb=ListSets"), OAI, "setSpec").contains("Pemda_DIY:Dinas_Pariwisata"));

    String secretId = identifiers.get(0).replace(slugs.get(0), secretSlug);
    assertEquals(
        "idDoesNotExist",
        error("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + secretId),
        "a Terbatas release is no record, as one that never was");
    assertFalse(String.join(" ", bodies).contains("Rapat tertutup"));
    assertEquals(
        "noRecordsMatch",
        error(
            "verb=ListIdentifiers&metadataPrefix=oai_dc&from="
                + since.minusSeconds(2)
                + "&until="
                + since.minusSeconds(1)
                + "&set=Pemda_DIY:Dinas_Pariwisata:Bidang_Pemasaran"));
  }
}
