package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.PublishedCount;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Releases published per month and unit as a Chart.js configuration for PrimeFaces' {@code
 * p:chart}: one stacked bar per month, one colour per unit.
 */
final class PublishedChart {

  private static final List<String> COLOURS =
      List.of("#0b5372", "#3c8dbc", "#e8a33d", "#6a994e", "#bc4749", "#7b6d8d", "#2a9d8f");

  private PublishedChart() {}

  static String json(List<PublishedCount> counts, YearMonth last, int months, Locale locale) {
    List<YearMonth> axis =
        Stream.iterate(last.minusMonths(months - 1L), month -> month.plusMonths(1))
            .limit(months)
            .toList();
    Map<UnitPath, Map<YearMonth, Long>> byUnit =
        counts.stream()
            .collect(
                Collectors.groupingBy(
                    PublishedCount::unit,
                    () -> new TreeMap<>(java.util.Comparator.comparing(UnitPath::value)),
                    Collectors.toMap(PublishedCount::month, PublishedCount::count)));
    JsonArrayBuilder labels = Json.createArrayBuilder();
    axis.forEach(
        month ->
            labels.add(
                month.getMonth().getDisplayName(TextStyle.SHORT, locale)
                    + " "
                    + month.format(DateTimeFormatter.ofPattern("yy"))));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (var unit : byUnit.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      axis.forEach(month -> data.add(unit.getValue().getOrDefault(month, 0L)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", unit.getKey().name())
              .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size()))
              .add("data", data));
    }
    var stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", stacked)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
