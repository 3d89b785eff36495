package id.go.jogjaprov.warta.content.api;

import java.util.List;

/**
 * What changed between two revisions, field by field, word by word. Read side by side: the older
 * text is the {@link Change#SAME} and {@link Change#REMOVED} segments, the newer one the {@link
 * Change#SAME} and {@link Change#ADDED} segments.
 */
public record RevisionDiff(RevisionSummary from, RevisionSummary to, List<FieldDiff> fields) {

  /** One field's changes; {@code changed} is false when both texts are equal. */
  public record FieldDiff(String field, boolean changed, List<Segment> segments) {}

  /** A run of words that one side has and the other not, or both share. */
  public record Segment(Change change, String text) {}

  public enum Change {
    SAME,
    ADDED,
    REMOVED
  }
}
