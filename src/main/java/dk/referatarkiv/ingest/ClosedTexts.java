package dk.referatarkiv.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The texts of closed items, kept apart from the meetings. A closed item's {@link AgendaItem} has no sections, so
 * nothing that reads meetings (NLP, entities, people, search, answers, exports) can meet its text; only the index
 * writer reads this, to store the text where the item API can serve it to a holder of the closed-items token.
 * {@link #toString()} names no text, so a log line cannot leak one. Immutable and thread-safe.
 */
public final class ClosedTexts {

    private static final ClosedTexts NONE = new ClosedTexts(Map.of());

    /** meeting id + "#" + item number → the item's text as written */
    private final Map<String, String> texts;

    private ClosedTexts(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    public static ClosedTexts none() {
        return NONE;
    }

    /** The texts of the given items, keyed as {@link #text} looks them up. */
    static ClosedTexts of(Map<String, String> byKey) {
        return byKey.isEmpty() ? NONE : new ClosedTexts(byKey);
    }

    static String key(String meetingId, int item) {
        return meetingId + "#" + item;
    }

    /** The withheld text of item {@code item} of the meeting, when it is a closed item whose text the file held. */
    public Optional<String> text(String meetingId, int item) {
        return Optional.ofNullable(texts.get(key(meetingId, item)));
    }

    /** These texts without those of the given meetings. */
    public ClosedTexts without(Set<String> meetingIds) {
        if (texts.isEmpty() || meetingIds.isEmpty()) {
            return this;
        }
        Map<String, String> left = new HashMap<>();
        texts.forEach((key, text) -> {
            if (!meetingIds.contains(key.substring(0, key.lastIndexOf('#')))) {
                left.put(key, text);
            }
        });
        return of(left);
    }

    public int size() {
        return texts.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosedTexts other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return "ClosedTexts[" + texts.size() + " withheld]";
    }
}
