package dk.referatarkiv.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The values of the municipality and body facets as users read them, which are also the values their filters take.
 * The parser already gives canonical names ({@code Økonomiudvalget}, {@code Albertslund}); what is left to do here is
 * what a folder setting or an all-capitals heading can still bring in: extra spaces, a trailing "Kommune", capitals
 * throughout. Stateless.
 */
public final class FacetValues {

    /**
     * The longest value a facet takes. No municipality or body name comes near it; a longer "name" is a parse gone
     * wrong, and as a facet path (at most 8,191 characters in Lucene) it would cost the meeting its place in the
     * index instead of only its facet value.
     */
    public static final int MAX_LENGTH = 200;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KOMMUNE_SUFFIX = Pattern.compile("(?iu)\\s+kommune$");

    private FacetValues() {
    }

    /**
     * The municipality by its name alone, e.g. {@code Albertslund} for "albertslund kommune"; a name written in one
     * case gets a capital per word and hyphenated part ({@code Ikast-Brande}), a mixed-case one is kept as written.
     * Empty when unknown.
     */
    public static String municipality(String written) {
        String name = KOMMUNE_SUFFIX.matcher(spaces(written)).replaceFirst("");
        if (!isOneCase(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            out.appendCodePoint(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == ' ';
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * The body as published, e.g. {@code Økonomiudvalget}, with a capital first letter; a name in capitals throughout
     * becomes a capital and lower case ({@code ØKONOMIUDVALGET} → {@code Økonomiudvalget}). Empty when unknown.
     */
    public static String body(String written) {
        String name = spaces(written);
        if (name.isEmpty()) {
            return name;
        }
        if (name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
            name = name.toLowerCase(Locale.ROOT);
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(name, Character.charCount(first), name.length()).toString();
    }

    /** True when the value can be a facet value: known, and not longer than {@link #MAX_LENGTH}. */
    public static boolean isFacetValue(String value) {
        return !value.isEmpty() && value.length() <= MAX_LENGTH;
    }

    private static String spaces(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** True when the text has letters and they are all lower or all upper case. */
    private static boolean isOneCase(String text) {
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        return letters && (text.equals(text.toLowerCase(Locale.ROOT)) || text.equals(text.toUpperCase(Locale.ROOT)));
    }
}
