package dk.referatarkiv.index;

import dk.referatarkiv.nlp.AnnotatedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

import java.util.List;

/**
 * The baseline: Lucene's {@link DanishAnalyzer} (standard tokenizer, lower case, Danish stop words, Snowball stemmer)
 * on the plain text, ignoring the annotations. Kept to measure the lemma analysis against. Thread-safe.
 */
public final class StemmerAnalysis implements TextAnalysis {

    private final Analyzer analyzer = new FieldAnalyzer(new DanishAnalyzer());

    @Override
    public String name() {
        return "snowball";
    }

    @Override
    public void addText(Document doc, String field, String value, AnnotatedText annotations) {
        doc.add(new Field(field, value, LemmaAnalysis.STORED_WITH_OFFSETS));
        doc.add(new Field(Fields.exact(field), value, LemmaAnalysis.WITH_OFFSETS));
    }

    @Override
    public void addAll(Document doc, String field, List<AnnotatedText> parts) {
        doc.add(new TextField(field, LemmaAnalysis.joined(parts), Field.Store.NO));
        doc.add(new TextField(Fields.exact(field), LemmaAnalysis.joined(parts), Field.Store.NO));
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }
}
