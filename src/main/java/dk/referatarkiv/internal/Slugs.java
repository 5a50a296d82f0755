package dk.referatarkiv.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ASCII identifiers from Danish text: {@code Økonomiudvalget} becomes {@code oekonomiudvalget}. */
public final class Slugs {

    private Slugs() {
    }

    /**
     * The text in lower case, æ ø å spelt out, accents dropped, and every run of other characters one hyphen (none at
     * either end); {@code x} when nothing is left. One pass over the text: a slug is made for every person, body and
     * membership of the archive, so it is no place for a regular expression compiled per call.
     */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String decomposed = Normalizer.isNormalized(lower, Normalizer.Form.NFD) ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue; // an accent, gone with no trace: "é" is "e"
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                gap = false;
                slug.append((char) c);
            } else {
                gap = true;
            }
        }
        return slug.isEmpty() ? "x" : slug.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
