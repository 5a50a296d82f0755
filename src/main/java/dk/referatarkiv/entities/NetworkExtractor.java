package dk.referatarkiv.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named networks: {@code netværket "X"}, {@code netværket om "X"}, {@code netværket 'X'},
 * {@code læringsnetværket ”X”}, {@code netværkstemaet X}. The name (without quotes) is the value. Thread-safe.
 */
public final class NetworkExtractor {

    private static final String OPEN = "[\"'”“„«]";
    private static final String CLOSE = "[\"'”“»]";
    private static final Pattern QUOTED = Pattern.compile("(?<!\\p{L})(?:lærings)?netværk(?:et|stemaet|stema)?(?:\\s+om)?\\s+"
            + OPEN + "([^\"'”“„«»\\n]{2,80})" + CLOSE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Entity> extract(String text, String section) {
        List<Entity> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            found.add(new Entity(EntityType.NETWORK, m.group(), m.start(), m.end(), section, name, name));
        }
        return found;
    }
}
