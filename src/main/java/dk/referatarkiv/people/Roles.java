package dk.referatarkiv.people;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises roles as written into a role and an organisation. Stateless and thread-safe. */
public final class Roles {

    /** A role title followed by its unit: "Afdelingschef for Økonomi og Stab", "Direktør By, Kultur, Miljø & Beskæftigelse". */
    private static final Pattern TITLE_AND_UNIT = Pattern.compile(
            "^(?iu:((?:konst\\.|konstitueret|konstituerede)\\s+)?(afdelingschef(?:en)?|direktør(?:en)?|chef(?:en)?|leder(?:en)?))"
                    + "(?:\\s+for)?\\s+(\\p{Lu}.*)$");
    /** Compiled once: {@link #normalise} runs for every assertion of the archive and every post looked up. */
    private static final Pattern ACTIVITY = Pattern.compile("ledelsen$|ledelse$");
    private static final Pattern INFLECTION = Pattern.compile("(chef|direktør|leder|person|formand)(en|erne|er|e)$");

    private Roles() {
    }

    /** A role and the organisation in it (empty when none is written). */
    public record Parsed(String role, String organisation, boolean acting) {
    }

    public static Parsed parse(String written) {
        String text = written.strip().replaceFirst("^(?iu:den|det)\\s+", "");
        Matcher m = TITLE_AND_UNIT.matcher(text);
        if (m.matches()) {
            return new Parsed(normalise(m.group(2)), m.group(3).strip(), m.group(1) != null);
        }
        return new Parsed(normalise(text), "", false);
    }

    /**
     * The normal form of a role noun: lower case, indefinite singular, and the office for the activity
     * ({@code Kommunaldirektøren} → {@code kommunaldirektør}, {@code referenceledelsen} → {@code referenceleder}).
     */
    public static String normalise(String role) {
        String r = role.strip().toLowerCase(Locale.ROOT);
        r = ACTIVITY.matcher(r).replaceAll("leder");
        r = INFLECTION.matcher(r).replaceAll("$1");
        return r;
    }
}
