package dk.referatarkiv.index;

import dk.referatarkiv.ingest.SectionKind;

import java.util.List;

/** Every Lucene field name of the archive index, in one place. */
public final class Fields {

    private Fields() {
    }

    /** Unique document id: {@code meetingId#item}. */
    public static final String ID = "id";
    public static final String MEETING_ID = "meeting_id";
    /** The body that met, normalised ({@link FacetValues#body}): stored, and an exact term for the body filter. */
    public static final String BODY = "body";
    /** The municipality of the meeting, normalised ({@link FacetValues#municipality}); absent when unknown. */
    public static final String MUNICIPALITY = "municipality";
    /** The parties of the item as their labels, e.g. {@code Venstre (V)} (see {@link ItemParties}). */
    public static final String PARTY = "party";
    /** Meeting date as epoch day: a point for ranges, doc values for sorting; absent when the date is unknown. */
    public static final String DATE = "date";
    /** Meeting date as ISO text, stored; absent when the date is unknown. */
    public static final String DATE_ISO = "date_iso";
    public static final String ITEM = "item";
    public static final String TITLE = "title";
    public static final String RAW_TITLE = "raw_title";
    public static final String JOURNAL = "journal";
    public static final String EMNE = "emne";
    public static final String RECOMMENDER = "recommender";
    /** The standard sections the item has, e.g. {@code beslutning}: for section filters. */
    public static final String HAS_SECTION = "has_section";
    /** Header of the meeting (participants, place), held by item 0. */
    public static final String HEADER = "header";
    /** All text of the item, for queries that do not care where a word stands. */
    public static final String ALL = "all";
    /** Entity filters (exact terms): person id, canonical unit and body names, network name, budget year. */
    public static final String PERSON = "person";
    public static final String UNIT = "unit";
    public static final String ORG_BODY = "org_body";
    public static final String NETWORK = "network";
    public static final String BUDGET_YEAR = "budget_year";
    /**
     * A closed item's text, stored only: not indexed, so no query finds it, and in no searched or snippet field, so
     * no hit shows it. The item API reads it for a request with the closed-items token.
     */
    public static final String CLOSED_TEXT = "closed_text";
    /** Every amount of the item in kroner, for range filters. */
    public static final String AMOUNT = "amount";
    /**
     * The item's sentences as the question answerer prepared them at index time ({@link SentencePreparation}), a
     * binary doc value only: read back for the items a question touches.
     */
    public static final String SENTENCES = "sentences";
    /**
     * The sentences of a meeting's header as written (title lines and header fields, not the contents;
     * the question answerer's item 0), prepared and kept like {@link #SENTENCES} on one document of the meeting: its
     * header document when it has one, else its first item. {@link #HEADER_SENTENCES_OF} finds that document.
     */
    public static final String HEADER_SENTENCES = "header_sentences";
    /** The meeting id on the document that holds the meeting's {@link #HEADER_SENTENCES}; indexed, not stored. */
    public static final String HEADER_SENTENCES_OF = "header_sentences_of";
    /**
     * Each of the item's sentences' distinct words, once per sentence, each sentence after {@link #SENTENCE_MARK}:
     * indexed with frequencies and never searched, so that a word's frequency over the archive is the number of
     * sentences that use it (the question answerer's word weights).
     */
    public static final String SENTENCE_WORDS = "sentence_words";
    /** The term that opens each sentence in {@link #SENTENCE_WORDS}: its frequency is the number of sentences. */
    public static final String SENTENCE_MARK = "\u0000sentence";

    /** Facet dimensions (SortedSetDocValues facets). */
    public static final String FACET_PERSON = "person";
    public static final String FACET_UNIT = "unit";
    public static final String FACET_BUDGET_YEAR = "budgetYear";
    public static final String FACET_YEAR = "year";
    /** The year facet's value for items of a meeting whose date is unknown, as users read it. */
    public static final String UNKNOWN_YEAR = "ukendt dato";
    public static final String FACET_SECTION = "section";
    /*
     * The three below are named like the search parameters that filter by them (kommune=, organ=, parti=), as the
     * dimensions above are (person=, unit=, budgetYear=, section=): a client filters by a facet value by passing it
     * under the facet's name. Their values are the filter values, exactly.
     */
    public static final String FACET_MUNICIPALITY = "kommune";
    public static final String FACET_BODY = "organ";
    public static final String FACET_PARTY = "parti";
    public static final List<String> FACETS = List.of(FACET_PERSON, FACET_UNIT, FACET_BUDGET_YEAR, FACET_YEAR, FACET_SECTION,
            FACET_MUNICIPALITY, FACET_BODY, FACET_PARTY);

    /**
     * Index schema version, written into the commit data; a different version forces a rebuild. 4: municipality,
     * body and party facets and filter fields; the body field holds the normalised body. 5: closed items' text,
     * stored only. 6: the question answerer's sentences, stored and counted ({@link #SENTENCES},
     * {@link #SENTENCE_WORDS}). 7: those sentences as binary doc values instead of stored fields. 8: what a hit shows
     * and the texts of its snippet as binary doc values too ({@link #HIT}, {@link #snippetTexts}).
     */
    public static final String SCHEMA_VERSION = "8";

    private static final String EXACT_SUFFIX = "_exact";
    private static final String SNIPPET_TEXTS_SUFFIX = "_snippet";

    /** What a search hit shows of the document, one binary doc value ({@link HitRecord}). */
    public static final String HIT = "hit";

    /**
     * The doc-value twin of a stored text field that a snippet is cut from (a section, the header), read by a search
     * without decompressing the stored fields ({@link SnippetTexts}).
     */
    public static String snippetTexts(String field) {
        return field + SNIPPET_TEXTS_SUFFIX;
    }

    /** The twin of a text field that keeps the words as written, for quoted phrases. */
    public static String exact(String field) {
        return field + EXACT_SUFFIX;
    }

    public static boolean isExact(String field) {
        return field.endsWith(EXACT_SUFFIX);
    }

    private static final String SECTION_PREFIX = "sec_";

    /** The field that holds the text of sections of the given kind. */
    public static String section(SectionKind kind) {
        return SECTION_PREFIX + kind.key();
    }

    /** The fields a free-text query searches, with their boosts: the title and the decision weigh most. */
    public static final List<WeightedField> SEARCHED = List.of(
            new WeightedField(TITLE, 3.0f),
            new WeightedField(section(SectionKind.BESLUTNING), 1.6f),
            new WeightedField(section(SectionKind.INDSTILLING), 1.2f),
            new WeightedField(section(SectionKind.ANLEDNING), 1.1f),
            new WeightedField(section(SectionKind.SAGSFREMSTILLING), 1.0f),
            new WeightedField(section(SectionKind.OTHER), 1.0f),
            new WeightedField(HEADER, 1.0f),
            new WeightedField(section(SectionKind.BILAG), 0.4f));

    public record WeightedField(String name, float boost) {
    }
}
