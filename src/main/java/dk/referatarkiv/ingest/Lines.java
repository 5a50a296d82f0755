package dk.referatarkiv.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the segmenter's parts. Stateless and thread-safe. */
final class Lines {

    /** List bullets and the marks web modules put before a line ("• ", "- ", "· ", "▪ ", "̵ "). */
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●○■□➢►\\-*–̵]\\s*)+");
    /** Table cell separators at the ends of a line ("Dato: |", "| Byrådet |"), and separator rows ("---|---|"). */
    private static final Pattern PIPES = Pattern.compile("^\\|\\s*|\\s*\\|$");
    private static final Pattern LEADERS = Pattern.compile("(?:\\s*\\.{3,}|\\s*…{2,}|\\s*(?:\\. ){3,})\\s*(?:\\|\\s*)?\\d*\\s*$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Lines() {
    }

    /** The line without bullets, table pipes at its ends and surrounding spaces. */
    static String bare(String text) {
        String t = text.strip();
        if (t.equals("\f")) {
            return t;
        }
        t = BULLET.matcher(t).replaceFirst("");
        String before;
        do {
            before = t;
            t = PIPES.matcher(t).replaceAll("").strip();
        } while (!t.equals(before));
        return t;
    }

    /** True for a table separator row such as {@code ---|---|}. */
    static boolean isRule(String bare) {
        return !bare.isEmpty() && bare.chars().allMatch(c -> c == '-' || c == '|' || c == ' ' || c == '=' || c == '_');
    }

    /** The title without trailing dot leaders and page number ({@code Godkendelse ....... 3}). */
    static String withoutLeaders(String title) {
        return LEADERS.matcher(title).replaceFirst("").strip();
    }

    /** Lower case, letters and digits only, single spaces: for comparing titles and labels. */
    static String normal(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("&", " og ");
        return NON_WORD.matcher(t).replaceAll(" ").strip();
    }
}
