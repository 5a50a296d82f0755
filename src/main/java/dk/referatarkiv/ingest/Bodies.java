package dk.referatarkiv.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of municipal bodies by their Danish form: a noun (often a compound) headed by <i>udvalg</i>, <i>byråd</i>,
 * <i>kommunalbestyrelse</i>, <i>råd</i>, <i>direktion</i>, <i>bestyrelse</i>, <i>forum</i>, <i>repræsentation</i> or
 * <i>magistrat</i>, with coordinated parts ({@code Kultur- og Idrætsudvalget}), "Udvalget for …" names, an adjective
 * before "Udvalg" as a word of its own ({@code Teknisk Udvalg}, kept as written without a genitive), and § 17, stk. 4
 * committees. The canonical name is the definite form without an election-period suffix
 * ({@code Økonomiudvalget 2018-2021} → {@code Økonomiudvalget}, {@code Byråd} → {@code Byrådet}). Stateless.
 */
public final class Bodies {

    private static final String HEAD = "(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|(?<![Bb]y)råd(?:et)?"
            + "|direktion(?:en)?|bestyrelse(?:n)?|forum|repræsentation(?:en)?|magistrat(?:en)?|chefgruppe(?:n)?"
            + "|ledergruppe(?:n)?|styregruppe(?:n)?)";
    /** A compound headed by one of them ("Chefforum", "Teknikudvalget"), or the head alone capitalised ("Direktionen"). */
    private static final String COMPOUND = "(?:[\\p{Lu}][\\p{L}]*?" + HEAD + "|(?=\\p{Lu})(?iu:" + HEAD + "))";
    private static final String COORDINATED = "(?:[\\p{Lu}][\\p{L}]*-,?\\s+(?:[\\p{Lu}][\\p{L}]*-,?\\s+)*og\\s+)?";
    private static final String UDVALGET_FOR = "Udvalg(?:et)? for [\\p{Lu}][\\p{L}]*(?:(?:,| og| &) [\\p{Lu}][\\p{L}]*)*";
    /**
     * An adjective before a capitalised "Udvalg" as a word of its own, the committee's name as written: "Teknisk
     * Udvalg" (its genitive too). Only "udvalg": an adjective before "Råd" names outside bodies as often ("Nordisk Råd").
     */
    private static final String ADJECTIVE_HEAD = "[\\p{Lu}][\\p{L}]*sk\\s+Udvalgs?";
    private static final String PARAGRAPH_17 = "§\\s*17,?\\s*stk\\.\\s*4[-\\s]udvalg(?:et)?(?:\\s+[-–]\\s+[\\p{Lu}][\\p{L}]+)?";
    private static final Pattern BODY = Pattern.compile(
            "(?<![\\p{L}-])(" + PARAGRAPH_17 + "|" + UDVALGET_FOR + "|" + ADJECTIVE_HEAD + "|" + COORDINATED + COMPOUND
                    + "|(?i:byrådet|byråd|kommunalbestyrelsen|kommunalbestyrelse|borgerrepræsentationen|økonomiudvalget))"
                    + "(?![\\p{L}])");
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}{4,}(?![\\p{L}])");
    private static final Pattern PERIOD = Pattern.compile("\\s*(?:\\(\\d{2,4}\\s*[-–]\\s*\\d{2,4}\\)|\\d{4}\\s*[-–]\\s*\\d{2,4})\\s*$");
    /** Plural or generic uses that name no body ("udvalgene", "Råd og vejledning"). */
    private static final Pattern NOT_A_BODY = Pattern.compile("(?i)^(?:råd|rådet|udvalg|udvalget|bestyrelse|bestyrelsen|forum)$");

    /** One word headed by a body's noun in any case and inflection: "økonomiudvalget", "Chefforum", "byrådets". */
    private static final Pattern ONE_WORD = Pattern.compile("(?iu)\\p{L}*" + HEAD + "s?");

    private Bodies() {
    }

    /**
     * Whether the word could be a body's one-word name, written in lower case as often as not ("økonomiudvalget",
     * "chefforum"): a compound headed by a body's noun, in any inflection. Which body it is, the caller looks up.
     */
    public static boolean isOneWordName(String word) {
        return ONE_WORD.matcher(word).matches();
    }

    /**
     * The first body name in the text, canonical. Words in capitals ("ÅBENT REFERAT ØKONOMIUDVALG") are read as if
     * capitalised, since title pages often set the body in capitals.
     */
    static Optional<String> find(String text) {
        Matcher m = BODY.matcher(CAPITALS.matcher(text).replaceAll(r -> {
            String w = r.group();
            return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        }));
        while (m.find()) {
            String name = m.group(1);
            if (NOT_A_BODY.matcher(name).matches()) {
                continue;
            }
            return Optional.of(canonical(name));
        }
        return Optional.empty();
    }

    /** The text with every body's name it writes blanked out ("Teknikudvalget drøfter …" → "  drøfter …"). */
    public static String withoutBodies(String text) {
        Matcher m = BODY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(" ".repeat(m.end() - m.start()));
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    static boolean looksLikeBody(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 120 && !t.equalsIgnoreCase("referat") && !t.equalsIgnoreCase("dagsorden")
                && (Character.isLetter(t.codePointAt(0)) || t.startsWith("§"));
    }

    /** The definite form without an election period; the first letter upper case. */
    static String canonical(String name) {
        String n = PERIOD.matcher(name.strip()).replaceFirst("").strip();
        n = n.replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            return n;
        }
        if (n.endsWith(" Udvalgs")) {
            n = n.substring(0, n.length() - 1); // "Teknisk Udvalgs møde": the committee is "Teknisk Udvalg"
        }
        if (!n.contains(" ")) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (lower.endsWith("udvalg") || lower.endsWith("råd")) {
                n = n + "et";
            } else if (lower.endsWith("bestyrelse")) {
                n = n + "n";
            } else if (lower.endsWith("direktion") || lower.endsWith("repræsentation") || lower.endsWith("magistrat")) {
                n = n + "en";
            }
            if (n.equals(n.toUpperCase(Locale.ROOT))) {
                n = n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
