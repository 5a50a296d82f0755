package dk.referatarkiv.ingest;

import java.util.Optional;

/** Recognises the line that starts an agenda item in one layout. */
@FunctionalInterface
public interface ItemStartRecognizer {

    /** The start of an item. */
    record ItemStart(int number, String rawTitle) {
    }

    /**
     * @param expectedNumber the number the next item would have if numbering is sequential (1 for the first item)
     */
    Optional<ItemStart> match(SourceLine line, int expectedNumber);
}
