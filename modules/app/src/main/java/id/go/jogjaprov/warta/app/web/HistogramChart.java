package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.FacetValue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The archive's date histogram as a Chart.js configuration for PrimeFaces' {@code p:chart}: how
 * many hits each year (or each month of a chosen year) holds, oldest first.
 */
final class HistogramChart {

  private HistogramChart() {}

  /** {@code counts} as the index answers them, the newest first; {@code label} names a period. */
  static String json(List<FacetValue> counts, String title, UnaryOperator<String> label) {
    List<FacetValue> oldestFirst = new ArrayList<>(counts);
    Collections.reverse(oldestFirst);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (FacetValue period : oldestFirst) {
      labels.add(label.apply(period.value()));
      data.add(period.count());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", title)
                                .add("backgroundColor", "#3c8dbc")
                                .add("data", data))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
