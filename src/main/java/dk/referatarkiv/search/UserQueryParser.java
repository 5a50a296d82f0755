package dk.referatarkiv.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the plain query language users type: {@code "a phrase"} in double quotes, {@code -word} or
 * {@code -"a phrase"} to exclude, everything else words. Lucene syntax has no meaning ({@code AND}, {@code (},
 * {@code *} are text), an unclosed quote runs to the end, and repeated parts count once. At most
 * {@link #MAX_PARTS} parts are kept so that no query can grow past Lucene's clause limit. Stateless and thread-safe.
 */
public final class UserQueryParser {

    public static final int MAX_PARTS = 32;

    public UserQuery parse(String text) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> excludedWords = new LinkedHashSet<>();
        Set<String> excludedPhrases = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        int parts = 0;
        while (i < n && parts < MAX_PARTS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
            if (excluded) {
                i++;
            }
            String part;
            boolean phrase = text.charAt(i) == '"';
            if (phrase) {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                part = text.substring(i + 1, end).strip();
                i = close < 0 ? n : close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                part = text.substring(i, end);
                i = end;
            }
            if (part.isEmpty()) {
                continue;
            }
            String key = part.toLowerCase(Locale.ROOT);
            Set<String> target = excluded ? (phrase ? excludedPhrases : excludedWords) : (phrase ? phrases : words);
            if (target.add(key)) {
                parts++;
            }
        }
        return new UserQuery(new ArrayList<>(words), new ArrayList<>(phrases), new ArrayList<>(excludedWords),
                new ArrayList<>(excludedPhrases));
    }

}
