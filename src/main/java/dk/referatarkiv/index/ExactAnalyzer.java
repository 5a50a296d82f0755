package dk.referatarkiv.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Words as written, for quoted phrases: {@code StandardTokenizer → LowerCaseFilter}; no stop words, no stemming. */
public final class ExactAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream lower = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, lower);
    }
}
