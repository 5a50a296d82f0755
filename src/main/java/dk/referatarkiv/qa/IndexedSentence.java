package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A sentence of the archive prepared for answering: where it stands, its text and offsets in its section, the lemma
 * variants of its content words, those of its context (item title, section heading line, previous sentence), and the
 * entities inside it.
 */
record IndexedSentence(String meetingId, LocalDate meetingDate, int item, String title, String section, String sectionName,
                       int position, String text, int start, int end, Set<String> lemmas, Set<String> context, Set<String> titleLemmas,
                       List<Entity> entities, List<TokenLemmas> tokens) {

    /** A content token: its offset in the section and its lemma variants. */
    record TokenLemmas(int start, int end, Set<String> variants) {
    }
}
