package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;

/**
 * What the open-data list of releases is narrowed by. (Described in the operation's summary:
 * {@code @Parameter} on a bean parameter's field stops Payara 6 from writing {@code /openapi}.)
 */
public class PublicReleaseParams {

  @QueryParam("unit")
  String unit;

  @QueryParam("type")
  String type;

  @QueryParam("tag")
  String tag;

  @QueryParam("from")
  String from;

  @QueryParam("to")
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
