package dk.referatarkiv.index;

import dk.referatarkiv.nlp.AnnotatedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;

import java.util.List;

/**
 * How archive text becomes index terms, at index and at query time. Every searched text field has an exact twin
 * ({@link Fields#exact}) with the words as written, for quoted phrases.
 */
public interface TextAnalysis {

    /** A short name for reports, e.g. {@code lemma}. */
    String name();

    /** Adds a stored, highlightable text field and its exact twin. */
    void addText(Document doc, String field, String value, AnnotatedText annotations);

    /** Adds an unstored field made of several texts (the all-text field). */
    void addAll(Document doc, String field, List<AnnotatedText> parts);

    /** The analyzer for queries (and for the exact fields at index time). Thread-safe. */
    Analyzer analyzer();
}
