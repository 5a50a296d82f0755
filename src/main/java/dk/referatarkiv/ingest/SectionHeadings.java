package dk.referatarkiv.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the section headings of an agenda item: a heading of {@link MinutesLexicon} alone on a line (a colon, a
 * bullet or a short note in parentheses allowed), the same heading followed by a colon and text on the same line
 * ({@code Beslutning: Godkendt.}), and decision headings that name the body and the date in any of the forms systems
 * print: {@code Beslutning i Byrådet den 4. juni 2024:}, {@code Beslutning Økonomiudvalget den 02-05-2024},
 * {@code Beslutning Byrådet, 11.06.2024}, {@code Byrådet, 04-05-2022, pkt. 62},
 * {@code Folkeoplysningsudvalgets beslutning på mødet den 12. januar 2022:}. Stateless and thread-safe.
 */
final class SectionHeadings {

    /** A recognised heading; {@code rest} is text that followed the heading on the same line. */
    record Heading(SectionKind kind, String heading, String rest) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Beslutning [i|fra] <Body> [den <date> | , <date>][:]": the body starts with a capital. */
    private static final Pattern DECISION_OF = Pattern.compile(
            "^(?:Beslutning|Afgørelse|BESLUTNING)\\s+(?:i\\s+|fra\\s+)?(?:\\p{Lu}|§)[^:]{1,100}?"
                    + "(?:\\s*(?:,|den|d\\.)\\s*[^:]{0,40})?\\s*:?\\s*$");
    private static final Pattern BODY_DATE_ITEM = Pattern.compile(
            "^(?-i:\\p{Lu})[^,]{2,80},\\s*\\d{1,2}-\\d{1,2}-\\d{4},\\s*pkt\\.\\s*\\d+\\s*:?$", FLAGS);
    private static final Pattern DECISION_AT_MEETING = Pattern.compile(
            "^\\S+(?:s)?\\s+beslutning\\s+(?:på|ved)\\s+mødet\\s+.{0,40}:?$", FLAGS);
    private static final Pattern HEADING_WITH_NOTE = Pattern.compile("^(?<h>[^():]{2,60}?)\\s*(?:\\([^()]{1,30}\\))?\\s*:?$");
    private static final Pattern HEADING_COLON_TEXT = Pattern.compile("^(?<h>[^:]{2,60}?)\\s*:\\s*(?<rest>\\S.*)$");

    private final MinutesLexicon lexicon;

    SectionHeadings(MinutesLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Heading> match(String bare) {
        if (bare.isEmpty() || bare.length() > 160) {
            return Optional.empty();
        }
        Matcher whole = HEADING_WITH_NOTE.matcher(bare);
        if (whole.matches()) {
            Optional<SectionKind> kind = lexicon.sectionKind(whole.group("h"));
            if (kind.isPresent()) {
                return Optional.of(new Heading(kind.get(), clean(bare), ""));
            }
        }
        boolean namesBodyOrDate = Bodies.find(bare).isPresent() || DateFinder.first(bare).isPresent();
        if (DECISION_OF.matcher(bare).matches() && namesBodyOrDate || BODY_DATE_ITEM.matcher(bare).matches()
                || DECISION_AT_MEETING.matcher(bare).matches()) {
            return Optional.of(new Heading(SectionKind.BESLUTNING, clean(bare), ""));
        }
        Matcher colon = HEADING_COLON_TEXT.matcher(bare);
        if (colon.matches()) {
            Optional<SectionKind> kind = lexicon.sectionKind(colon.group("h"));
            if (kind.isPresent()) {
                return Optional.of(new Heading(kind.get(), colon.group("h").strip(), colon.group("rest").strip()));
            }
        }
        return Optional.empty();
    }

    /** Heading and text glued together, as some web modules print them: "BeslutningGodkendt.", "BilagIngen bilag.". */
    Optional<Heading> matchGlued(String bare) {
        for (String heading : lexicon.sectionHeadings()) {
            int n = heading.length();
            if (n >= 5 && bare.length() > n && bare.substring(0, n).equalsIgnoreCase(heading)
                    && Character.isUpperCase(bare.charAt(0)) && Character.isUpperCase(bare.charAt(n))) {
                String h = bare.substring(0, n);
                return lexicon.sectionKind(h).map(k -> new Heading(k, h, bare.substring(n).strip()));
            }
        }
        return Optional.empty();
    }

    private static String clean(String heading) {
        return heading.replaceAll("\\s*:$", "").strip();
    }
}
