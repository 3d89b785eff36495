package id.go.jogjaprov.warta.content.internal.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Change;
import id.go.jogjaprov.warta.content.api.RevisionDiff.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes between two texts word by word (java-diff-utils' Myers diff over words, spaces and
 * punctuation marks), as runs of shared, removed and added text that together rebuild both texts.
 */
public final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private WordDiff() {}

  public static List<Segment> between(String older, String newer) {
    List<String> from = tokens(older);
    List<String> to = tokens(newer);
    Runs runs = new Runs();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      int start = delta.getSource().getPosition();
      runs.add(Change.SAME, from.subList(position, start));
      runs.add(Change.REMOVED, delta.getSource().getLines());
      runs.add(Change.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    runs.add(Change.SAME, from.subList(position, from.size()));
    return runs.segments;
  }

  /** Two values that change as a whole (a code, a label): one run each, or one shared run. */
  public static List<Segment> whole(String older, String newer) {
    Runs runs = new Runs();
    if (java.util.Objects.equals(older, newer)) {
      runs.add(Change.SAME, tokens(older));
    } else {
      runs.add(Change.REMOVED, tokens(older));
      runs.add(Change.ADDED, tokens(newer));
    }
    return runs.segments;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher matcher = TOKEN.matcher(text);
      while (matcher.find()) {
        tokens.add(matcher.group());
      }
    }
    return tokens;
  }

  /** Joins neighbouring tokens of the same kind into one segment. */
  private static final class Runs {
    private final List<Segment> segments = new ArrayList<>();

    void add(Change change, List<String> tokens) {
      if (tokens.isEmpty()) {
        return;
      }
      String text = String.join("", tokens);
      int last = segments.size() - 1;
      if (last >= 0 && segments.get(last).change() == change) {
        segments.set(last, new Segment(change, segments.get(last).text() + text));
      } else {
        segments.add(new Segment(change, text));
      }
    }
  }
}
