package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.archives.api.ArchiveFilters;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSort;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;

/** What an archive search asks, the same for the hits and their export. */
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

  ArchiveQuery query(PageRequest page) {
    Map<String, String> filters = new HashMap<>();
    filters.put("from", from);
    filters.put("to", to);
    filters.put("unit", unit);
    filters.put("type", type);
    filters.put("tag", tag);
    filters.put("language", language);
    filters.put("level", level);
    return new ArchiveQuery(words, ArchiveFilters.parse(filters), ArchiveSort.parse(sort), page);
  }
}
