package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.DanishDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small building blocks that {@link Layouts} combine. Every recogniser is stateless and thread-safe. */
public final class Recognizers {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BULLET = Pattern.compile("^[•·▪\\-*–]\\s*(.+)$");
    private static final Pattern NAME_AND_ROLE = Pattern.compile("^(?<name>[^()]+?)\\s*\\((?<role>.*)\\)\\s*$");

    private Recognizers() {
    }

    /** A header line {@code Label value} or {@code Label: value}; the value goes to {@code sink}. */
    public static HeaderFieldRecognizer labelled(String labelRegex, ValueReader sink) {
        Pattern pattern = Pattern.compile("^(?:" + labelRegex + ")\\s*:?\\s*(?<value>.*)$", FLAGS);
        return (lines, index, header, problems) -> {
            SourceLine line = lines.get(index);
            Matcher m = pattern.matcher(line.text());
            if (!m.matches()) {
                return 0;
            }
            sink.read(m.group("value").strip(), line, header, problems);
            return 1;
        };
    }

    /** Reads the value of a labelled header field. */
    @FunctionalInterface
    public interface ValueReader {
        void read(String value, SourceLine line, MeetingHeader header, ProblemSink problems);
    }

    /** A title line such as {@code REFERAT Chefforum d. 20-11-2024}: the body and the date. */
    public static HeaderFieldRecognizer titleLine(String keywordRegex) {
        Pattern pattern = Pattern.compile(
                "^(?:" + keywordRegex + ")\\s+(?<body>.+?)\\s+(?:d\\.|den)\\s*(?<date>\\d{1,2}-\\d{1,2}-\\d{4})\\s*$", FLAGS);
        return (lines, index, header, problems) -> {
            SourceLine line = lines.get(index);
            Matcher m = pattern.matcher(line.text());
            if (!m.matches()) {
                return 0;
            }
            header.body(m.group("body"));
            setDate(m.group("date"), line, header, problems);
            return 1;
        };
    }

    /** Reads a date (and a start time, when given) from a header value. */
    public static final ValueReader DATE_AND_TIME = (value, line, header, problems) -> {
        setDate(value, line, header, problems);
        DanishDates.findTime(value).ifPresent(header::startTime);
    };

    public static final ValueReader PLACE = (value, line, header, problems) -> header.place(value);

    public static final ValueReader BODY = (value, line, header, problems) -> header.body(value);

    /** Participants written on one line: {@code Name (Role), Name (Role), ...}. */
    public static final ValueReader PARTICIPANT_LIST = (value, line, header, problems) ->
            splitOutsideParentheses(value).forEach(p -> participant(p).ifPresent(header::addParticipant));

    /**
     * A label followed by a bullet list ({@code • Name (Party)}), one participant per bullet. With {@code keep} false
     * the list is read and dropped (e.g. absentees), so its bullets are not mistaken for anything else.
     */
    public static HeaderFieldRecognizer bulletList(String labelRegex, boolean keep) {
        Pattern pattern = Pattern.compile("^(?:" + labelRegex + ")\\s*:?\\s*(?<value>.*)$", FLAGS);
        return (lines, index, header, problems) -> {
            Matcher m = pattern.matcher(lines.get(index).text());
            if (!m.matches()) {
                return 0;
            }
            List<String> entries = new ArrayList<>();
            if (!m.group("value").isBlank()) {
                entries.addAll(splitOutsideParentheses(m.group("value")));
            }
            int used = 1;
            for (int i = index + 1; i < lines.size(); i++) {
                SourceLine next = lines.get(i);
                Matcher bullet = BULLET.matcher(next.text());
                if (bullet.matches()) {
                    entries.add(bullet.group(1));
                } else if (!next.isBlank()) {
                    break;
                }
                used = i - index + 1;
            }
            if (keep) {
                entries.forEach(e -> participant(e).ifPresent(header::addParticipant));
            }
            return used;
        };
    }

    /** An item heading {@code Punkt 3: Title} (any numbering accepted). */
    public static ItemStartRecognizer punktHeading() {
        Pattern pattern = Pattern.compile("^Punkt\\s+(?<n>\\d{1,3})\\s*[:.]\\s*(?<title>.*)$", FLAGS);
        return (line, expected) -> {
            Matcher m = pattern.matcher(line.text());
            return m.matches()
                    ? Optional.of(new ItemStartRecognizer.ItemStart(Integer.parseInt(m.group("n")), m.group("title").strip()))
                    : Optional.empty();
        };
    }

    /**
     * An item heading {@code 3. Title}. Numbered lines also occur inside items ("1. at ..."), so only the next
     * number in sequence, followed by a capitalised title, starts an item.
     */
    public static ItemStartRecognizer numberedHeading() {
        Pattern pattern = Pattern.compile("^(?<n>\\d{1,3})\\.\\s+(?<title>\\p{Lu}.*)$");
        return (line, expected) -> {
            Matcher m = pattern.matcher(line.text());
            if (!m.matches() || Integer.parseInt(m.group("n")) != expected) {
                return Optional.empty();
            }
            return Optional.of(new ItemStartRecognizer.ItemStart(expected, m.group("title").strip()));
        };
    }

    /**
     * Section headings: the standard names alone on a line (an optional colon allowed), a decision heading that
     * names the body and date ({@code Beslutning i Økonomiudvalget den 24-06-2020}), and the given extra headings,
     * which become sections of their own.
     */
    public static SectionHeadingRecognizer standardSections(List<String> extraHeadings) {
        Pattern standard = Pattern.compile("^(Anledning|Sagsfremstilling|Indstilling|Beslutning|Bilag)\\s*:?$", FLAGS);
        Pattern decisionOf = Pattern.compile("^Beslutning\\s+i\\s+.+?(?:\\s+den\\s+.+)?$", FLAGS);
        Pattern extra = extraHeadings.isEmpty() ? null
                : Pattern.compile("^(?:" + String.join("|", extraHeadings) + ")\\s*:?$", FLAGS);
        return line -> {
            String text = line.text();
            Matcher m = standard.matcher(text);
            if (m.matches()) {
                return SectionKind.fromName(m.group(1)).map(k -> new SectionHeadingRecognizer.SectionHeading(k, text));
            }
            if (decisionOf.matcher(text).matches() && text.length() <= 120) {
                return Optional.of(new SectionHeadingRecognizer.SectionHeading(SectionKind.BESLUTNING, text));
            }
            if (extra != null && extra.matcher(text).matches()) {
                return Optional.of(new SectionHeadingRecognizer.SectionHeading(SectionKind.OTHER, text.replaceAll(":$", "")));
            }
            return Optional.empty();
        };
    }

    /** True when one of the first {@code window} non-blank lines matches the pattern. */
    public static java.util.function.Predicate<List<SourceLine>> firstLinesMatch(String regex, int window) {
        Pattern pattern = Pattern.compile(regex, FLAGS);
        return lines -> lines.stream().filter(l -> !l.isBlank()).limit(window)
                .anyMatch(l -> pattern.matcher(l.text()).find());
    }

    static void setDate(String value, SourceLine line, MeetingHeader header, ProblemSink problems) {
        DanishDates.findDate(value).ifPresentOrElse(date -> {
            if (!header.date(date, line.number())) {
                problems.warn(line.number(), "date " + date + " contradicts " + header.date()
                        + " from line " + header.dateLine + "; keeping the first");
            }
        }, () -> problems.warn(line.number(), "no valid date in '" + value + "'"));
    }

    static Optional<Participant> participant(String entry) {
        String text = entry.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = NAME_AND_ROLE.matcher(text);
        return Optional.of(m.matches() ? new Participant(m.group("name"), m.group("role")) : new Participant(text, ""));
    }

    static List<String> splitOutsideParentheses(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

}
