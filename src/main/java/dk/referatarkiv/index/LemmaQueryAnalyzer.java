package dk.referatarkiv.index;

import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.DanishPipeline;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Query-time lemma analysis: the Danish pipeline (sentences → tokens → UPOS → lemmas) over the query text, then every
 * plausible lemma of each word at one position ({@link LemmaTerms#expanded}), lower-cased, without punctuation and
 * stop words. Index time uses the same lemmas from the item's stored annotations, so text is analysed once.
 * Thread-safe: the pipeline is, and Lucene gives each thread its own components.
 */
public final class LemmaQueryAnalyzer extends Analyzer {

    /**
     * Query text → terms. A query is analysed once per searched field; the pipeline's answer does not depend on the
     * field, so it is computed once.
     */
    private final Cache<String, List<IndexTerm>> terms = Caffeine.newBuilder().maximumSize(10_000).build();
    private final DanishPipeline pipeline;

    public LemmaQueryAnalyzer(DanishPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PipelineTokenizer(this));
    }

    List<IndexTerm> analyse(String text) {
        return terms.get(text, t -> LemmaTerms.expanded(pipeline.annotate(t), DanishLexicon.get()));
    }

    private static final class PipelineTokenizer extends Tokenizer {
        private final LemmaQueryAnalyzer owner;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private Iterator<IndexTerm> terms = List.<IndexTerm>of().iterator();
        private int length;

        PipelineTokenizer(LemmaQueryAnalyzer owner) {
            this.owner = owner;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            length = text.length();
            terms = owner.analyse(text.toString()).iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!terms.hasNext()) {
                return false;
            }
            clearAttributes();
            IndexTerm t = terms.next();
            term.setEmpty().append(t.term());
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            increment.setPositionIncrement(t.positionIncrement());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }
    }
}
