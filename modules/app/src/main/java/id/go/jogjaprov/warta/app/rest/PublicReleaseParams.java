package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What the open-data list of releases is narrowed by. */
public class PublicReleaseParams {

  @QueryParam("unit")
  @Parameter(description = "A unit's path, e.g. /Pemda DIY/Dinas Pariwisata (with its sub-units)")
  String unit;

  @QueryParam("type")
  @Parameter(description = "PRESS_RELEASE, NEWS or ANNOUNCEMENT")
  String type;

  @QueryParam("tag")
  @Parameter(description = "A tag, in any case")
  String tag;

  @QueryParam("from")
  @Parameter(description = "Published on or after: 2024, 2024-03 or 2024-03-05 (WIB)")
  String from;

  @QueryParam("to")
  @Parameter(description = "Published on or before: 2024, 2024-03 or 2024-03-05 (WIB)")
  String to;

  PublicReleaseFilter filter() {
    Map<String, String> asked = new HashMap<>();
    put(asked, "unit", unit);
    put(asked, "type", type);
    put(asked, "tag", tag);
    put(asked, "from", from);
    put(asked, "to", to);
    return PublicReleaseFilter.parse(asked);
  }

  private static void put(Map<String, String> asked, String name, String value) {
    if (value != null) {
      asked.put(name, value);
    }
  }
}
