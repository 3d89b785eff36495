package id.go.jogjaprov.warta.content.internal.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text cut into passages (sentences) for the leak check: long enough to say something of their
 * own, since a short phrase ("Pemerintah Daerah DIY") is shared by every release of the office.
 */
public final class Passages {

  /** Fewer words than this say too little to betray anything. */
  public static final int MIN_WORDS = 6;

  /** A release is compared by its first passages at most; a release is rarely longer. */
  public static final int MAX_PASSAGES = 200;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\n+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Passages() {}

  /** The passages of {@code plainText} worth comparing, in order. */
  public static List<String> of(String plainText) {
    return sentences(plainText).stream()
        .filter(sentence -> words(sentence).size() >= MIN_WORDS)
        .limit(MAX_PASSAGES)
        .toList();
  }

  /** The sentence of {@code text} that shares most words with {@code passage}. */
  public static String closestIn(String text, String passage) {
    Set<String> wanted = Set.copyOf(words(passage));
    return sentences(text).stream()
        .max(
            Comparator.comparingLong(
                (String sentence) -> words(sentence).stream().filter(wanted::contains).count()))
        .orElse("");
  }

  private static List<String> sentences(String text) {
    return Arrays.stream(SENTENCE_END.split(text == null ? "" : text))
        .map(sentence -> SPACES.matcher(sentence).replaceAll(" ").strip())
        .filter(sentence -> !sentence.isEmpty())
        .toList();
  }

  private static List<String> words(String sentence) {
    return Arrays.stream(NOT_A_WORD.split(sentence.toLowerCase(Locale.ROOT)))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toList());
  }
}
