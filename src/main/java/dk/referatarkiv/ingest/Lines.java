package dk.referatarkiv.ingest;

import java.util.regex.Pattern;

/** Small text helpers shared by the segmenter's parts. Stateless and thread-safe. */
final class Lines {

    /** List bullets and the marks web modules put before a line ("• ", "- ", "· ", "▪ ", "̵ "). */
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●○■□➢►\\-*–̵]\\s*)+");
    /** Table cell separators at the ends of a line ("Dato: |", "| Byrådet |"), and separator rows ("---|---|"). */
    private static final Pattern PIPES = Pattern.compile("^\\|\\s*|\\s*\\|$");

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
}
