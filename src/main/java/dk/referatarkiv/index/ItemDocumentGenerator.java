package dk.referatarkiv.index;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one agenda item, or a meeting's header as item 0, into a Lucene {@link Document}. Text fields are stored with
 * offsets in the postings so that snippets are cheap to highlight. Stateless and thread-safe.
 */
public final class ItemDocumentGenerator {

    /** Title of the header document (item 0) as users see it. */
    public static final String HEADER_TITLE = "Mødeoplysninger";

    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    public static String documentId(String meetingId, int item) {
        return meetingId + "#" + item;
    }

    public Document item(Meeting meeting, AgendaItem item) throws EmptyItemException {
        boolean hasText = item.sections().stream().anyMatch(s -> !s.text().isBlank());
        if (item.title().isBlank() && !hasText) {
            throw new EmptyItemException("item " + item.number() + " of " + meeting.id() + " has neither title nor text");
        }
        Document doc = common(meeting, item.number());
        doc.add(new Field(Fields.TITLE, item.title(), HIGHLIGHTED_TEXT));
        doc.add(new StoredField(Fields.RAW_TITLE, item.rawTitle()));
        if (item.journalNumber() != null) {
            doc.add(new StringField(Fields.JOURNAL, item.journalNumber().raw(), Field.Store.YES));
            doc.add(new StringField(Fields.EMNE, item.journalNumber().emne(), Field.Store.YES));
        }
        if (!item.recommender().isEmpty()) {
            doc.add(new Field(Fields.RECOMMENDER, item.recommender(), HIGHLIGHTED_TEXT));
        }
        List<String> all = new ArrayList<>(List.of(item.title(), item.recommender()));
        for (Section section : item.sections()) {
            doc.add(new Field(Fields.section(section.kind()), section.text(), HIGHLIGHTED_TEXT));
            doc.add(new StringField(Fields.HAS_SECTION, section.kind().key(), Field.Store.NO));
            all.add(section.kind() == SectionKind.OTHER ? section.heading() + "\n" + section.text() : section.text());
        }
        doc.add(new TextField(Fields.ALL, String.join("\n", all), Field.Store.NO));
        return doc;
    }

    /** The meeting header (place and participants) as item 0. */
    public Document header(Meeting meeting) throws EmptyItemException {
        String text = headerText(meeting);
        if (text.isEmpty()) {
            throw new EmptyItemException(meeting.id() + " has no header to index");
        }
        Document doc = common(meeting, 0);
        doc.add(new Field(Fields.TITLE, HEADER_TITLE, HIGHLIGHTED_TEXT));
        doc.add(new Field(Fields.HEADER, text, HIGHLIGHTED_TEXT));
        doc.add(new TextField(Fields.ALL, HEADER_TITLE + "\n" + text, Field.Store.NO));
        return doc;
    }

    static String headerText(Meeting meeting) {
        List<String> lines = new ArrayList<>();
        if (!meeting.place().isEmpty()) {
            lines.add("Mødested: " + meeting.place());
        }
        if (!meeting.participants().isEmpty()) {
            lines.add("Mødedeltagere: " + meeting.participants().stream()
                    .map(ItemDocumentGenerator::participant).collect(Collectors.joining(", ")));
        }
        return String.join("\n", lines);
    }

    private static String participant(Participant p) {
        return p.role().isEmpty() ? p.name() : p.name() + " (" + p.role() + ")";
    }

    private static Document common(Meeting meeting, int item) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, documentId(meeting.id(), item), Field.Store.YES));
        doc.add(new StringField(Fields.MEETING_ID, meeting.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.MEETING_ID, new BytesRef(meeting.id())));
        doc.add(new StringField(Fields.BODY, meeting.body(), Field.Store.YES));
        doc.add(new IntPoint(Fields.ITEM, item));
        doc.add(new StoredField(Fields.ITEM, item));
        doc.add(new NumericDocValuesField(Fields.ITEM, item));
        if (meeting.date() != null) {
            long day = meeting.date().toEpochDay();
            doc.add(new LongPoint(Fields.DATE, day));
            doc.add(new NumericDocValuesField(Fields.DATE, day));
            doc.add(new StoredField(Fields.DATE_ISO, meeting.date().toString()));
        } else {
            // Undated meetings sort last when newest come first.
            doc.add(new NumericDocValuesField(Fields.DATE, Long.MIN_VALUE));
        }
        return doc;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
