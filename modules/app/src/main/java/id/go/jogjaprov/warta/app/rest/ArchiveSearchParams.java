package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.archives.api.ArchiveFilters;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSort;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.ws.rs.QueryParam;

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

  @QueryParam("level")
  String level;

  @QueryParam("sort")
  String sort;

  ArchiveQuery query(PageRequest page) {
    return new ArchiveQuery(
        words, ArchiveFilters.parse(from, to, unit, type, level), ArchiveSort.parse(sort), page);
  }
}
