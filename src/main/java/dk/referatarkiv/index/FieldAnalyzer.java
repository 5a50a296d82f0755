package dk.referatarkiv.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Sends the exact twin fields to {@link ExactAnalyzer} and every other field to the main analyzer. */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer main;
    private final Analyzer exact = new ExactAnalyzer();

    FieldAnalyzer(Analyzer main) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.main = main;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return Fields.isExact(fieldName) ? exact : main;
    }
}
