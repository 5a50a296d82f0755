package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link UserQuery} and the filters of a {@link SearchRequest} into a Lucene query. Each word is looked for by
 * its lemmas, each quoted phrase as written (in the exact twin fields), in every searched field, and the best field counts (a disjunction-max with boosts: title and decision
 * weigh most, attachments least); the parts are summed by BM25, so items matching more of them rank higher.
 * Thread-safe.
 */
public final class ArchiveQueryBuilder {

    /**
     * How much the other fields of a part add beside the best one: nothing. With any tie-breaker Lucene's
     * disjunction-max scorer cannot pass the top hits' minimum score on to its fields, so a search for the top items
     * scores every item a common word of the question is in: at 10^5 items the question answerer's searches take
     * about a fifth less CPU without one, for the same answers (README, Query language).
     */
    private static final float TIE_BREAKER = 0f;

    private final QueryBuilder analysis;

    public ArchiveQueryBuilder(Analyzer analyzer) {
        this.analysis = new QueryBuilder(analyzer);
    }

    /**
     * The query for a request, or empty when the text asks for nothing searchable (e.g. only stop words) and there
     * is no filter to list by.
     */
    public Optional<Query> build(UserQuery userQuery, SearchRequest request) {
        List<Fields.WeightedField> fields = fields(request.section());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int positive = 0;
        for (String word : userQuery.words()) {
            positive += addPart(query, word, fields, false) ? 1 : 0;
        }
        for (String phrase : userQuery.phrases()) {
            positive += addPart(query, phrase, fields, true) ? 1 : 0;
        }
        List<String> exclusions = new ArrayList<>(userQuery.excludedWords());
        exclusions.addAll(userQuery.excludedPhrases());
        for (String excluded : userQuery.excludedWords()) {
            Query q = analysis.createPhraseQuery(Fields.ALL, excluded);
            if (q != null) {
                query.add(q, Occur.MUST_NOT);
            }
        }
        for (String excluded : userQuery.excludedPhrases()) {
            Query q = analysis.createPhraseQuery(Fields.exact(Fields.ALL), excluded);
            if (q != null) {
                query.add(q, Occur.MUST_NOT);
            }
        }
        if (positive > 0) {
            // With FILTER or MUST_NOT clauses beside them, SHOULD clauses would otherwise all be optional.
            query.setMinimumNumberShouldMatch(1);
        } else {
            if (!userQuery.hasNoPositiveParts() || (!request.hasFilter() && exclusions.isEmpty())) {
                return Optional.empty();
            }
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        addFilters(query, request);
        return Optional.of(query.build());
    }

    /** Adds one word (matched by lemma) or one quoted phrase (matched as written, in the exact fields). */
    private boolean addPart(BooleanQuery.Builder query, String text, List<Fields.WeightedField> fields, boolean exact) {
        List<Query> perField = new ArrayList<>();
        for (Fields.WeightedField field : fields) {
            Query q = analysis.createPhraseQuery(exact ? Fields.exact(field.name()) : field.name(), text);
            if (q != null) {
                perField.add(field.boost() == 1f ? q : new BoostQuery(q, field.boost()));
            }
        }
        if (perField.isEmpty()) {
            return false;
        }
        query.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        return true;
    }

    private static List<Fields.WeightedField> fields(SectionKind section) {
        if (section == null) {
            return Fields.SEARCHED;
        }
        return List.of(new Fields.WeightedField(Fields.section(section), 1f));
    }

    private static void addFilters(BooleanQuery.Builder query, SearchRequest request) {
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
        }
        if (request.section() != null) {
            query.add(new TermQuery(new Term(Fields.HAS_SECTION, request.section().key())), Occur.FILTER);
        }
        EntityFilters f = request.filters();
        if (f.person() != null) {
            query.add(new TermQuery(new Term(Fields.PERSON, f.person())), Occur.FILTER);
        }
        if (f.unit() != null) {
            query.add(new TermQuery(new Term(Fields.UNIT, f.unit())), Occur.FILTER);
        }
        if (f.municipality() != null) {
            query.add(new TermQuery(new Term(Fields.MUNICIPALITY, f.municipality())), Occur.FILTER);
        }
        if (f.body() != null) {
            query.add(new TermQuery(new Term(Fields.BODY, f.body())), Occur.FILTER);
        }
        if (f.party() != null) {
            query.add(new TermQuery(new Term(Fields.PARTY, f.party())), Occur.FILTER);
        }
        if (f.budgetYear() != null) {
            query.add(new TermQuery(new Term(Fields.BUDGET_YEAR, f.budgetYear().toString())), Occur.FILTER);
        }
        if (f.journal() != null) {
            query.add(new TermQuery(new Term(Fields.JOURNAL, f.journal())), Occur.FILTER);
        }
        if (f.minAmount() != null || f.maxAmount() != null) {
            double min = f.minAmount() == null ? Double.NEGATIVE_INFINITY : f.minAmount();
            double max = f.maxAmount() == null ? Double.POSITIVE_INFINITY : f.maxAmount();
            query.add(DoublePoint.newRangeQuery(Fields.AMOUNT, min, max), Occur.FILTER);
        }
    }
}
