package dk.referatarkiv.entities;

import dk.referatarkiv.ingest.JournalNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** KLE journal numbers in text; the value is the number, the label its KLE emne. Thread-safe. */
public final class JournalExtractor {

    public List<Entity> extract(String text, String section) {
        List<Entity> found = new ArrayList<>();
        Matcher m = JournalNumber.PATTERN.matcher(text);
        while (m.find()) {
            JournalNumber journal = JournalNumber.fromMatch(m);
            found.add(new Entity(EntityType.JOURNAL, m.group(), m.start(), m.end(), section, journal.raw(), journal.emne()));
        }
        return found;
    }
}
