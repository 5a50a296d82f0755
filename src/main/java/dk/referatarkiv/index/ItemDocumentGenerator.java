package dk.referatarkiv.index;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns one annotated agenda item, or a meeting's header as item 0, into a Lucene {@link Document}. Text fields get
 * their terms from the {@link TextAnalysis}, indexed with offsets so that a snippet's marks come from the postings;
 * what a hit shows and its snippet texts are doc values as well ({@link HitRecord}, {@link SnippetTexts}).
 * Thread-safe.
 */
public final class ItemDocumentGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ItemDocumentGenerator.class);

    /** Title of the header document (item 0) as users see it. */
    public static final String HEADER_TITLE = "Mødeoplysninger";

    /**
     * How {@link Fields#SENTENCE_WORDS} is indexed: terms with their frequencies (a word's frequency over the archive
     * is what is read), no positions, offsets or norms, not stored.
     */
    private static final FieldType SENTENCE_WORDS = sentenceWordsType();

    private final TextAnalysis analysis;
    private final SentencePreparation sentences;
    private final FacetsConfig facets = FacetSchema.config();

    public ItemDocumentGenerator(TextAnalysis analysis) {
        this(analysis, SentencePreparation.NONE);
    }

    /** @param sentences what the question answerer prepares of each item, stored with it */
    public ItemDocumentGenerator(TextAnalysis analysis, SentencePreparation sentences) {
        this.analysis = analysis;
        this.sentences = sentences;
    }

    private static FieldType sentenceWordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    public static String documentId(String meetingId, int item) {
        return meetingId + "#" + item;
    }

    /**
     * @param entities the item's entities, or null
     * @param parties  the item's parties ({@link ItemParties}); only named parties are indexed
     */
    public Document item(AnnotatedItem annotated, ItemEntities entities, Collection<Party> parties)
            throws EmptyItemException, IOException {
        return item(annotated, entities, parties, "");
    }

    /**
     * @param closedText a closed item's withheld text ({@link dk.referatarkiv.ingest.ClosedTexts}), or empty; it is
     *                   stored only, never analysed
     */
    public Document item(AnnotatedItem annotated, ItemEntities entities, Collection<Party> parties, String closedText)
            throws EmptyItemException, IOException {
        Meeting meeting = annotated.meeting();
        AgendaItem item = annotated.item();
        boolean hasText = item.sections().stream().anyMatch(s -> !s.text().isBlank());
        if (item.title().isBlank() && !hasText) {
            throw new EmptyItemException("item " + item.number() + " of " + meeting.id() + " has neither title nor text");
        }
        Document doc = common(meeting, item.number());
        analysis.addText(doc, Fields.TITLE, item.title(), annotated.title());
        doc.add(new StoredField(Fields.RAW_TITLE, item.rawTitle()));
        if (item.journalNumber() != null) {
            doc.add(new StringField(Fields.JOURNAL, item.journalNumber().raw(), Field.Store.YES));
            doc.add(new StringField(Fields.EMNE, item.journalNumber().emne(), Field.Store.YES));
        }
        if (!item.recommender().isEmpty()) {
            doc.add(new StoredField(Fields.RECOMMENDER, item.recommender()));
        }
        List<AnnotatedText> all = new ArrayList<>(List.of(annotated.title()));
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (int i = 0; i < item.sections().size(); i++) {
            Section section = item.sections().get(i);
            analysis.addText(doc, Fields.section(section.kind()), section.text(), annotated.sections().get(i));
            texts.computeIfAbsent(Fields.section(section.kind()), f -> new ArrayList<>()).add(section.text());
            doc.add(new StringField(Fields.HAS_SECTION, section.kind().key(), Field.Store.NO));
            all.add(annotated.sections().get(i));
        }
        texts.forEach((field, values) -> SnippetTexts.add(doc, field, values));
        addHit(doc, new HitRecord(meeting.id(), dateIso(meeting), FacetValues.body(meeting.body()), item.number(),
                item.title(), item.journalNumber() == null ? null : item.journalNumber().raw()));
        analysis.addAll(doc, Fields.ALL, all);
        for (var section : item.sections()) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SECTION, section.kind().label()));
        }
        addEntities(doc, entities);
        addParties(doc, parties);
        if (item.closed() && !closedText.isEmpty()) {
            // A StoredField has no index options: the text gets no terms, no offsets, no doc values.
            doc.add(new StoredField(Fields.CLOSED_TEXT, closedText));
        }
        addSentences(doc, prepared(() -> sentences.item(annotated, entities), meeting, item.number()));
        return facets.build(doc);
    }

    /** The party filter and facet, by the party's label ({@code Venstre (V)}): one value for its letter and its name. */
    private static void addParties(Document doc, Collection<Party> parties) {
        parties.stream().filter(Party::isNamed).map(Party::label).distinct().forEach(label -> {
            doc.add(new StringField(Fields.PARTY, label, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PARTY, label));
        });
    }

    /**
     * The years in order: an immutable set's order changes from one JVM to the next, and the order of a document's
     * fields is part of its fingerprint ({@link DocumentsHash}, {@link MeetingInputs}).
     */
    static List<Integer> sorted(Set<Integer> years) {
        return years.stream().sorted().toList();
    }

    /** Filter fields and facets of the item's entities; the meeting year as a facet. */
    private static void addEntities(Document doc, ItemEntities entities) {
        if (entities == null) {
            return;
        }
        for (String person : entities.values(EntityType.PERSON)) {
            doc.add(new StringField(Fields.PERSON, person, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PERSON, person));
        }
        for (String unit : entities.values(EntityType.UNIT)) {
            doc.add(new StringField(Fields.UNIT, unit, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_UNIT, unit));
        }
        for (String body : entities.values(EntityType.BODY)) {
            doc.add(new StringField(Fields.ORG_BODY, body, Field.Store.NO));
        }
        for (String network : entities.values(EntityType.NETWORK)) {
            doc.add(new StringField(Fields.NETWORK, network, Field.Store.NO));
        }
        for (int year : sorted(entities.budgetYears())) {
            doc.add(new StringField(Fields.BUDGET_YEAR, String.valueOf(year), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_BUDGET_YEAR, String.valueOf(year)));
        }
        for (Entity amount : entities.of(EntityType.AMOUNT)) {
            doc.add(new DoublePoint(Fields.AMOUNT, ((Amount) amount.value()).kroner()));
        }
    }

    /** The meeting header (place and participants) as item 0. */
    public Document header(Meeting meeting, AnnotatedText header, ItemEntities entities, Collection<Party> parties)
            throws IOException {
        // No title field: every field keeps one schema across documents; searchers show HEADER_TITLE for item 0.
        Document doc = common(meeting, 0);
        analysis.addText(doc, Fields.HEADER, header.text(), header);
        SnippetTexts.add(doc, Fields.HEADER, List.of(header.text()));
        addHit(doc, new HitRecord(meeting.id(), dateIso(meeting), FacetValues.body(meeting.body()), 0, "", null));
        analysis.addAll(doc, Fields.ALL, List.of(header));
        addEntities(doc, entities);
        addParties(doc, parties);
        return facets.build(doc);
    }

    /**
     * Adds the sentences of the meeting's header as written to {@code doc}, one of the meeting's documents (made by
     * this generator): they belong to no item, so the meeting's first document carries them.
     */
    void addHeaderSentences(Document doc, Meeting meeting, AnnotatedText headerSource) {
        SentencePreparation.Prepared prepared = prepared(() -> sentences.header(meeting, headerSource), meeting, 0);
        if (prepared == null) {
            return;
        }
        doc.add(new BinaryDocValuesField(Fields.HEADER_SENTENCES, new BytesRef(prepared.encoded())));
        doc.add(new StringField(Fields.HEADER_SENTENCES_OF, meeting.id(), Field.Store.NO));
        addSentenceWords(doc, prepared);
    }

    /**
     * What the preparation makes of an item, or null when it fails: the item is then still searched, only not
     * answered from (a failure to prepare for answering must not take the meeting out of search).
     */
    private static SentencePreparation.Prepared prepared(Supplier<SentencePreparation.Prepared> preparation,
                                                         Meeting meeting, int item) {
        try {
            return preparation.get();
        } catch (RuntimeException e) {
            LOG.warn("{}: the sentences of item {} of {} were not prepared for answering: {}", meeting.sourceFile(),
                    item, meeting.id(), e.toString());
            return null;
        }
    }

    /**
     * The prepared sentences, as a binary doc value, and their words, counted; nothing when none were prepared. A doc
     * value, not a stored field: stored fields are compressed in blocks of documents, so a search reading a hit's
     * title would decompress its sentences too (a fifth of a search's time when they were stored).
     */
    private static void addSentences(Document doc, SentencePreparation.Prepared prepared) {
        if (prepared == null) {
            return;
        }
        doc.add(new BinaryDocValuesField(Fields.SENTENCES, new BytesRef(prepared.encoded())));
        addSentenceWords(doc, prepared);
    }

    /**
     * The sentences' words in {@link Fields#SENTENCE_WORDS}; a document with both an item's and the header's
     * sentences gets the field twice, which Lucene indexes as one field whose terms are counted together.
     */
    private static void addSentenceWords(Document doc, SentencePreparation.Prepared prepared) {
        List<IndexTerm> terms = new ArrayList<>();
        for (Set<String> words : prepared.words()) {
            terms.add(new IndexTerm(Fields.SENTENCE_MARK, 0, 0, 1));
            // sorted: the terms are part of the documents' fingerprint, which must not follow a set's order
            words.stream().sorted().forEach(w -> terms.add(new IndexTerm(w, 0, 0, 1)));
        }
        doc.add(new Field(Fields.SENTENCE_WORDS, new IndexTermStream(terms, 0), SENTENCE_WORDS));
    }

    private static void addHit(Document doc, HitRecord hit) {
        doc.add(new BinaryDocValuesField(Fields.HIT, hit.encode()));
    }

    private static String dateIso(Meeting meeting) {
        return meeting.date() == null ? null : meeting.date().toString();
    }

    private static Document common(Meeting meeting, int item) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, documentId(meeting.id(), item), Field.Store.YES));
        doc.add(new StringField(Fields.MEETING_ID, meeting.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.MEETING_ID, new BytesRef(meeting.id())));
        String body = FacetValues.body(meeting.body());
        doc.add(new StringField(Fields.BODY, body, Field.Store.YES));
        // An unknown municipality or body has no facet value: a value such as "ukendt" would be a filter that
        // selects what the parser missed, not a place the minutes come from.
        if (FacetValues.isFacetValue(body)) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_BODY, body));
        }
        String municipality = FacetValues.municipality(meeting.municipality());
        if (!municipality.isEmpty()) {
            doc.add(new StringField(Fields.MUNICIPALITY, municipality, Field.Store.NO));
        }
        if (FacetValues.isFacetValue(municipality)) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MUNICIPALITY, municipality));
        }
        doc.add(new IntPoint(Fields.ITEM, item));
        doc.add(new StoredField(Fields.ITEM, item));
        doc.add(new NumericDocValuesField(Fields.ITEM, item));
        // An undated meeting gets none of the date fields: Lucene requires every document that has a field to
        // index it with the same data structures (a doc-values-only "date" beside point + doc-values ones fails the
        // whole build), and no sentinel is needed, since the date sort puts documents without a value last
        // (ArchiveSearcher's missing value). Date-range filters leave them out; the year facet names them.
        if (meeting.date() != null) {
            long day = meeting.date().toEpochDay();
            doc.add(new LongPoint(Fields.DATE, day));
            doc.add(new NumericDocValuesField(Fields.DATE, day));
            doc.add(new StoredField(Fields.DATE_ISO, meeting.date().toString()));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, String.valueOf(meeting.date().getYear())));
        } else {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Fields.UNKNOWN_YEAR));
        }
        return doc;
    }
}
