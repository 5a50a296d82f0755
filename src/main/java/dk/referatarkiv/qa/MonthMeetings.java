package dk.referatarkiv.qa;

import dk.referatarkiv.internal.DanishDates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A meeting named by its month in one word, as Danish compounds it ("på januarmødet", "Hvor blev majmødet
 * holdt?", "decembermøderne"), written out as the meeting of that month ("på mødet i januar"; "majmødet i 2023"
 * → "mødet i maj 2023"): the form the question grammar and the date reader know, so that the month dates the
 * meeting asked about and the word names a meeting. The genitive ("januarmødets punkt 3") is left as it is:
 * written out it would not be Danish. Stateless and thread-safe.
 */
final class MonthMeetings {

    /**
     * A month's name, perhaps a linking "s" or a hyphen, then "møde" or an inflection of it other than the genitive
     * (the whole word), and the year that may follow it, with or without "i" ("majmødet i 2023", "maj-mødet 2023").
     */
    private static final Pattern MONTH_MEETING = Pattern.compile("(?iu)(?<![\\p{L}])("
            + DanishDates.MONTHS.keySet().stream().sorted().collect(Collectors.joining("|"))
            + ")(?:s|-)?(møde(?:t|r|rne)?)(?![\\p{L}’'])(?:\\s+(?:i\\s+)?((?:19|20)\\d\\d)(?!\\d))?");

    private MonthMeetings() {
    }

    /** The question with each month's meeting written out; the same string when it names none so. */
    static String writtenOut(String question) {
        Matcher m = MONTH_MEETING.matcher(question);
        if (!m.find()) {
            return question;
        }
        StringBuilder out = new StringBuilder();
        do {
            String month = m.group(1).toLowerCase(Locale.ROOT);
            String meeting = m.group(2);
            // capitalised as the question's first word only: "Majmødet …" → "Mødet i maj …", but "på Majmødet" →
            // "på mødet i maj"
            if (question.substring(0, m.start()).isBlank() && Character.isUpperCase(m.group(1).codePointAt(0))) {
                meeting = meeting.substring(0, 1).toUpperCase(Locale.ROOT) + meeting.substring(1);
            }
            String year = m.group(3) == null ? "" : " " + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(meeting + " i " + month + year));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
