package id.go.jogjaprov.warta.content.api;

import java.util.List;

/**
 * Before a Biasa release goes public, its newest text is compared, passage by passage, with the
 * classified releases of its unit and the units above it, whether or not the official asking may
 * read them (the comparison runs as a duty). What comes back names the classified side only where
 * the official may read it.
 */
public interface LeakCheck {

  /**
   * Passages of the release that resemble classified material, most similar first; none for a
   * classified release, which never goes public.
   */
  List<Overlap> overlapsOf(ReleaseId id);
}
