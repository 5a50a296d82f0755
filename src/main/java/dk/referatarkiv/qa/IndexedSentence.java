package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A sentence of the archive prepared for answering: where it stands, its text and offsets in its section, the lemma
 * variants of its content words, those of its context (item title, section heading line, previous sentence), and the
 * entities inside it, and the first {@link #PREFIX} letters of its longer lemmas (for matching words the lemmatiser
 * missed without scanning every lemma).
 */
record IndexedSentence(String meetingId, LocalDate meetingDate, int item, String title, String section, String sectionName,
                       int position, String text, int start, int end, Set<String> lemmas, Set<String> context, Set<String> titleLemmas,
                       List<Entity> entities, List<TokenLemmas> tokens, Set<String> prefixes) {

    /** How many letters of a lemma's beginning {@link #prefixes} keeps. */
    static final int PREFIX = 5;

    /** A sentence whose lemma beginnings ({@link #prefixes}) are computed here. */
    IndexedSentence(String meetingId, LocalDate meetingDate, int item, String title, String section, String sectionName,
                    int position, String text, int start, int end, Set<String> lemmas, Set<String> context,
                    Set<String> titleLemmas, List<Entity> entities, List<TokenLemmas> tokens) {
        this(meetingId, meetingDate, item, title, section, sectionName, position, text, start, end, lemmas, context,
                titleLemmas, entities, tokens, lemmas.stream().filter(l -> l.length() > PREFIX)
                        .map(l -> l.substring(0, PREFIX)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** A content token: its offset in the section and its lemma variants. */
    record TokenLemmas(int start, int end, Set<String> variants) {
    }
}
