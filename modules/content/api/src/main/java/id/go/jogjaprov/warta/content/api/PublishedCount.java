package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.YearMonth;

/** How many releases a unit published in a month (Yogyakarta's), among those the caller may see. */
public record PublishedCount(YearMonth month, UnitPath unit, long count) {}
