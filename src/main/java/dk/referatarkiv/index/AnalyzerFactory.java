package dk.referatarkiv.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;

/**
 * The one place that decides how archive text is analysed, at index and at query time. Today: Lucene's
 * {@link DanishAnalyzer} (standard tokenizer, lower case, Danish stop words, Snowball stemmer).
 */
public final class AnalyzerFactory {

    private AnalyzerFactory() {
    }

    /** A new analyzer for the text fields. Analyzers are thread-safe; share the instance. */
    public static Analyzer create() {
        return new DanishAnalyzer();
    }
}
