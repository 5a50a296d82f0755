package dk.referatarkiv.index;

import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.DanishPipeline;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * Lemma analysis (the default): index terms are the lemmas of the item's NLP annotations, computed once per item;
 * queries go through {@link LemmaQueryAnalyzer}. Thread-safe.
 */
public final class LemmaAnalysis implements TextAnalysis {

    static final FieldType STORED_WITH_OFFSETS = textType(true);
    static final FieldType WITH_OFFSETS = textType(false);

    private final Analyzer analyzer;

    public LemmaAnalysis(DanishPipeline pipeline) {
        this.analyzer = new FieldAnalyzer(new LemmaQueryAnalyzer(pipeline));
    }

    @Override
    public String name() {
        return "lemma";
    }

    @Override
    public void addText(Document doc, String field, String value, AnnotatedText annotations) {
        Field text = new Field(field, value, STORED_WITH_OFFSETS);
        text.setTokenStream(new IndexTermStream(LemmaTerms.contextual(annotations), value.length()));
        doc.add(text);
        doc.add(new Field(Fields.exact(field), value, WITH_OFFSETS));
    }

    @Override
    public void addAll(Document doc, String field, List<AnnotatedText> parts) {
        // Offsets continue across parts, as in the joined text, so that they never go backwards.
        List<IndexTerm> terms = new ArrayList<>();
        int base = 0;
        for (AnnotatedText part : parts) {
            for (IndexTerm t : LemmaTerms.contextual(part)) {
                terms.add(new IndexTerm(t.term(), base + t.start(), base + t.end(), t.positionIncrement()));
            }
            base += part.text().length() + 1;
        }
        doc.add(new Field(field, new IndexTermStream(terms, base), TextField.TYPE_NOT_STORED));
        doc.add(new TextField(Fields.exact(field), joined(parts), Field.Store.NO));
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    static String joined(List<AnnotatedText> parts) {
        StringBuilder text = new StringBuilder();
        for (AnnotatedText part : parts) {
            text.append(part.text()).append('\n');
        }
        return text.toString();
    }

    static FieldType textType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
