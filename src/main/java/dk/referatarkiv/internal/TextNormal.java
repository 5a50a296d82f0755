package dk.referatarkiv.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as compared rather than shown: the parser matching a table of contents against item headings and the structure
 * evaluation matching parsed titles against a gold use the same two operations. Stateless and thread-safe.
 */
public final class TextNormal {

    /** Dot leaders (three or more dots, an ellipsis, ". . .") and the page number after them, or a page-number cell. */
    private static final Pattern LEADERS = Pattern.compile(
            "(?:(?:\\s*\\.{3,}|\\s*…{2,}|\\s*(?:\\. ){3,})\\s*(?:\\|\\s*)?\\d*|\\s*\\|\\s*\\d+)\\s*$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormal() {
    }

    /** Lower case (NFC), {@code &} read as {@code og}, letters and digits only, single spaces. */
    public static String normal(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("&", " og ");
        return NON_WORD.matcher(t).replaceAll(" ").strip();
    }

    /** A contents line without its dot leaders and page number: {@code Godkendelse ....... 3}, {@code Godkendelse | 3}. */
    public static String withoutLeaders(String title) {
        return LEADERS.matcher(title).replaceFirst("").strip();
    }
}
