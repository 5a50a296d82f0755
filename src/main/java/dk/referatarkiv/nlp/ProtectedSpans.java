package dk.referatarkiv.nlp;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character spans that must stay one token and never end a sentence, whatever the statistical models say: journal
 * numbers ({@code 00.01.00-P35-7-23}), numbers with thousands and decimal separators ({@code 1.950.000}, {@code 7,4}),
 * numeric dates ({@code 13-02-2024}), ordinal ranges ({@code 4.-5.}), section signs ({@code §17}) and the abbreviations
 * of {@link DanishAbbreviations}, also run together ({@code mio.kr.}). Stateless and thread-safe.
 */
final class ProtectedSpans {

    private static final String ABBREVIATION = abbreviationPattern();
    private static final Pattern PROTECTED = Pattern.compile(String.join("|",
            "\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d{1,6}-\\d{2,4}(?!\\d)",
            "(?<![\\d.])\\d{1,2}-\\d{1,2}-\\d{4}(?!\\d)",
            "(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d])",
            "(?<![\\d.,])\\d+,\\d+(?![\\d])",
            "(?<![\\d.])\\d{1,2}\\.-\\d{1,2}\\.",
            "§\\s?\\d+[a-z]?",
            "(?<![\\p{L}.])(?:" + ABBREVIATION + ")+"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProtectedSpans() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = PROTECTED.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    /** True when the offset lies strictly inside, or at the end of, a protected span. */
    static boolean covers(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (offset > span.getStart() && offset <= span.getEnd()) {
                return true;
            }
            if (span.getStart() > offset) {
                break;
            }
        }
        return false;
    }

    private static String abbreviationPattern() {
        List<String> parts = new ArrayList<>();
        DanishAbbreviations.ALL.stream()
                .sorted((a, b) -> b.length() - a.length())
                .forEach(a -> parts.add(Pattern.quote(a)));
        return String.join("|", parts);
    }
}
