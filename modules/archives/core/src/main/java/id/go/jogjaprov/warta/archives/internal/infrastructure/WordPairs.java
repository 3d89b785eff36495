package id.go.jogjaprov.warta.archives.internal.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Each two neighbouring words of a record, stemmed as searches stem them ({@code "tanggap
 * darurat"}; a stop word leaves a gap, {@code "festival _"}). A quoted phrase of common words would
 * otherwise walk the positions of every record holding both; its pairs are rare, so they find the
 * few candidates first and the phrase's positions are checked on those alone (ADR 13).
 */
final class WordPairs {

  static final String FIELD = "word_pairs";

  /** Indexed for matching only: no positions, frequencies or norms. */
  static final FieldType TYPE;

  static {
    TYPE = new FieldType();
    TYPE.setTokenized(true);
    TYPE.setOmitNorms(true);
    TYPE.setIndexOptions(IndexOptions.DOCS);
    TYPE.freeze();
  }

  /** The Indonesian analyzer's words (the same stop words and stemmer), paired. */
  static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream words =
              new IndonesianStemFilter(
                  new StopFilter(
                      new LowerCaseFilter(source), IndonesianAnalyzer.getDefaultStopSet()));
          ShingleFilter pairs = new ShingleFilter(words, 2, 2);
          pairs.setOutputUnigrams(false);
          return new TokenStreamComponents(source, pairs);
        }
      };

  private WordPairs() {}

  /** Every pair of the phrase required; {@code null} for a phrase of fewer than two words. */
  static Query allOf(String phrase) {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int count = 0;
    try (TokenStream stream = ANALYZER.tokenStream(FIELD, phrase)) {
      CharTermAttribute pair = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        pairs.add(new TermQuery(new Term(FIELD, pair.toString())), Occur.FILTER);
        count++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count == 0 ? null : pairs.build();
  }

  /**
   * The web-like parser of searches: exact phrases are narrowed by their pairs (the phrase still
   * decides what matches and how well, the pairs only which records it is checked on), and a prefix
   * needs {@link #SHORTEST_PREFIX} letters — {@code a*} would walk most of the index's words, and
   * anyone may search the portal.
   */
  static final class SearchParser extends SimpleQueryParser {

    static final int SHORTEST_PREFIX = 3;

    SearchParser(Analyzer analyzer, Map<String, Float> fields) {
      super(analyzer, fields);
    }

    /** A shorter prefix is read as the word it is. */
    @Override
    protected Query newPrefixQuery(String text) {
      return text.length() < SHORTEST_PREFIX ? newDefaultQuery(text) : super.newPrefixQuery(text);
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      Query phrase = super.newPhraseQuery(text, slop);
      Query pairs = slop == 0 && phrase != null ? allOf(text) : null;
      return pairs == null
          ? phrase
          : new BooleanQuery.Builder().add(phrase, Occur.MUST).add(pairs, Occur.FILTER).build();
    }
  }
}
