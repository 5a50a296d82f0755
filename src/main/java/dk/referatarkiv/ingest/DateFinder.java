package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.DanishDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every full date (day, month and four-digit year) in a line, in the forms Danish publishing systems print:
 * {@code 20-11-2024}, {@code 14.03.2011}, {@code 2024-02-06}, {@code 30/4 2021}, {@code d. 6. februar 2024},
 * {@code 12. sep 2016}, {@code 7 marts, 2023}, {@code May 8, 2024}, and the US form of exported web modules
 * {@code 3/14/2023 2:00:00 PM}; and the clock time that follows a date ({@code kl. 17:00}, {@code - 18:00},
 * {@code 13:00:00}). A date that does not exist (31-02-2020) is not a date. Stateless and thread-safe.
 */
public final class DateFinder {

    /** Danish month names, their abbreviations, and the English names of web modules with an English locale. */
    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = "(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober"
            + "|november|december|january|february|march|may|june|july|october|sept|jan|feb|mar|apr|jun|jul|aug|sep"
            + "|okt|oct|nov|dec)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern US = Pattern.compile(
            "(?<!\\d)(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4})\\s+(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2})?\\s*(?<ampm>AM|PM)",
            FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(?<d>\\d{1,2})\\s?(?<sep>[-./])\\s?(?<m>\\d{1,2})\\k<sep>\\s?(?<y>(?:19|20)\\d{2})(?![\\d])");
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile(
            "(?<![\\d.,/-])(?<d>\\d{1,2})/(?<m>\\d{1,2})\\s(?<y>(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})\\.?\\s*" + MONTH + "\\.?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)", FLAGS);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)", FLAGS);
    /** A time right after a date: "kl. 17:00", "- 18:00", " 13:00:00", ", kl. 11.00". */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[\\s,]*(?:-\\s*|kl\\.?\\s*|klokken\\s*)?(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?(?!\\d)", FLAGS);
    private static final Pattern CLOCK = Pattern.compile(
            "(?:\\bkl\\.?\\s*|\\bklokken\\s+|^\\s*|\\b(?:tid|tidspunkt)\\s*:?\\s*)(?<h>\\d{1,2})[:.](?<min>\\d{2})(?::\\d{2})?(?!\\d)",
            FLAGS);

    private DateFinder() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>(DanishDates.MONTHS);
        months.putAll(DanishDates.ABBREVIATED);
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 1; m <= 12; m++) {
            months.put(english[m - 1], m);
        }
        months.put("oct", 10);
        return Map.copyOf(months);
    }

    /** Every date in the text, in order of position; overlapping readings keep the earliest, longest one. */
    public static List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher us = US.matcher(text);
        while (us.find()) {
            int hour = Integer.parseInt(us.group("h")) % 12 + (us.group("ampm").equalsIgnoreCase("PM") ? 12 : 0);
            date(us.group("y"), us.group("m"), us.group("d")).ifPresent(d ->
                    found.add(new DateMention(us.start(), us.end(), d, time(hour, Integer.parseInt(us.group("min"))),
                            weekdayContradicts(text, us.start(), d))));
        }
        collect(NUMERIC.matcher(text), text, found, false);
        collect(ISO.matcher(text), text, found, false);
        collect(DAY_SLASH_MONTH.matcher(text), text, found, false);
        collect(WRITTEN.matcher(text), text, found, true);
        collect(MONTH_FIRST.matcher(text), text, found, true);
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<DateMention> result = new ArrayList<>();
        int covered = -1;
        for (DateMention m : found) {
            if (m.start() >= covered) {
                result.add(m);
                covered = m.end();
            }
        }
        return result;
    }

    /** The first date of the text. */
    public static Optional<DateMention> first(String text) {
        List<DateMention> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The first clock time in the text ("kl. 17:00", "Tid 19:00", a line starting "13:00"), or empty. */
    public static Optional<LocalTime> findTime(String text) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            LocalTime t = time(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")));
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static void collect(Matcher m, String text, List<DateMention> into, boolean namedMonth) {
        while (m.find()) {
            String month = namedMonth ? String.valueOf(MONTHS.get(m.group("month").toLowerCase(Locale.ROOT))) : m.group("m");
            Optional<LocalDate> date = date(m.group("y"), month, m.group("d"));
            if (date.isEmpty()) {
                continue;
            }
            int end = m.end();
            LocalTime time = null;
            Matcher t = TIME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
            if (t.find()) {
                time = time(Integer.parseInt(t.group("h")), Integer.parseInt(t.group("min")));
                if (time != null) {
                    end += t.end();
                }
            }
            into.add(new DateMention(m.start(), end, date.get(), time, weekdayContradicts(text, m.start(), date.get())));
        }
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?<day>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "[,.]?\\s*(?:den\\s+|d\\.\\s*)?$", FLAGS);
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mandag", java.time.DayOfWeek.MONDAY), Map.entry("tirsdag", java.time.DayOfWeek.TUESDAY),
            Map.entry("onsdag", java.time.DayOfWeek.WEDNESDAY), Map.entry("torsdag", java.time.DayOfWeek.THURSDAY),
            Map.entry("fredag", java.time.DayOfWeek.FRIDAY), Map.entry("lørdag", java.time.DayOfWeek.SATURDAY),
            Map.entry("søndag", java.time.DayOfWeek.SUNDAY), Map.entry("monday", java.time.DayOfWeek.MONDAY),
            Map.entry("tuesday", java.time.DayOfWeek.TUESDAY), Map.entry("wednesday", java.time.DayOfWeek.WEDNESDAY),
            Map.entry("thursday", java.time.DayOfWeek.THURSDAY), Map.entry("friday", java.time.DayOfWeek.FRIDAY),
            Map.entry("saturday", java.time.DayOfWeek.SATURDAY), Map.entry("sunday", java.time.DayOfWeek.SUNDAY));

    private static boolean weekdayContradicts(String text, int dateStart, LocalDate date) {
        Matcher m = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, dateStart - 16), dateStart));
        return m.find() && WEEKDAYS.get(m.group("day").toLowerCase(Locale.ROOT)) != date.getDayOfWeek();
    }

    private static LocalTime time(int hour, int minute) {
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
