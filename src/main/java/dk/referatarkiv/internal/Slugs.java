package dk.referatarkiv.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ASCII identifiers from Danish text: {@code Økonomiudvalget} becomes {@code oekonomiudvalget}. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
