package dk.referatarkiv.qa;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.AgendaItem;

/** Item titles for evidence; item 0 is the meeting header. */
final class Titles {

    static final String HEADER = "Mødeoplysninger";

    private final Corpus corpus;

    Titles(Corpus corpus) {
        this.corpus = corpus;
    }

    String title(String meetingId, int item) {
        if (item == 0) {
            return HEADER;
        }
        return corpus.meeting(meetingId).flatMap(m -> m.item(item)).map(AgendaItem::title).orElse("");
    }
}
