package id.go.jogjaprov.warta.archives.api;

/** How many of the caller's visible hits carry one value of a facet. */
public record FacetValue(String value, long count) {}
