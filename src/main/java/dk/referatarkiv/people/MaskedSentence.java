package dk.referatarkiv.people;

import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sentence with its person, network, date and unit mentions replaced by numbered placeholders ({@code ⟨P0⟩},
 * {@code ⟨N0⟩}, {@code ⟨D0⟩}, {@code ⟨U0⟩}), so that patterns over the words around them stay simple and general.
 * Not thread-safe; one per sentence.
 */
final class MaskedSentence {

    private static final Map<EntityType, Character> MARKS = Map.of(EntityType.PERSON, 'P', EntityType.NETWORK, 'N',
            EntityType.DATE, 'D', EntityType.UNIT, 'U');

    final String text;
    final String masked;
    final int start;
    private final List<Entity> placed = new ArrayList<>();

    /**
     * @param sectionText the text of the section the sentence is in
     * @param start       the sentence's offsets in it
     * @param entities    the section's entities (any order)
     */
    MaskedSentence(String sectionText, int start, int end, List<Entity> entities) {
        this.text = sectionText.substring(start, end);
        this.start = start;
        List<Entity> inside = entities.stream().filter(e -> MARKS.containsKey(e.type()) && e.start() >= start
                && e.end() <= end).sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end())).toList();
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Entity e : inside) {
            if (e.start() < at) {
                continue; // nested in one already placed
            }
            out.append(sectionText, at, e.start());
            out.append('⟨').append(MARKS.get(e.type())).append(placed.size()).append('⟩');
            placed.add(e);
            at = e.end();
        }
        out.append(sectionText, at, end);
        this.masked = out.toString();
    }

    /** The entity behind placeholder number {@code n}. */
    Entity entity(String n) {
        return placed.get(Integer.parseInt(n));
    }

    /** The last network placeholder before {@code offset} in the masked text, if any. */
    Entity networkBefore(int offset) {
        Entity found = null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("⟨N(\\d+)⟩").matcher(masked);
        while (m.find() && m.start() < offset) {
            found = entity(m.group(1));
        }
        return found;
    }
}
