package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * What an archive search asks, the same for the hits and their export. (Described in the
 * operations' summaries: {@code @Parameter} on a bean parameter's field stops Payara 6 from writing
 * {@code /openapi}.)
 */
public class ArchiveSearchParams {

  @QueryParam("q")
  String words;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("unit")
  String unit;

  @QueryParam("type")
  String type;

  @QueryParam("tag")
  String tag;

  @QueryParam("language")
  String language;

  @QueryParam("level")
  String level;

  @QueryParam("sort")
  String sort;

  @QueryParam("counts")
  String counts;

  @QueryParam(ArchiveQuery.AS_OF)
  String asOf;

  ArchiveQuery query(PageRequest page) {
    return ArchiveQuery.parse(
        name ->
            switch (name) {
              case "q" -> words;
              case "from" -> from;
              case "to" -> to;
              case "unit" -> unit;
              case "type" -> type;
              case "tag" -> tag;
              case "language" -> language;
              case "level" -> level;
              case "sort" -> sort;
              case "counts" -> counts;
              case ArchiveQuery.AS_OF -> asOf;
              default -> null;
            },
        page);
  }
}
