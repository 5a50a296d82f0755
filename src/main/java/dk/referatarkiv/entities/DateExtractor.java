package dk.referatarkiv.entities;

import dk.referatarkiv.internal.DanishDates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish date and period expressions, normalised to ISO with the meeting date as reference for missing years:
 * {@code d. 14. februar 2024}, {@code 17. jan. 2024}, {@code 14-02-2024}, {@code 14.02.2024}, {@code 14/2/2024},
 * {@code 17/1-2024}, {@code 2024-01-17}, {@code den 17. maj}, {@code i starten af maj}, {@code sidst i marts 2023},
 * {@code i efteråret 2023}, {@code d. 8.november 2016}, {@code 4.-5. april
 * 2024}, {@code fra 1. januar 2024 til 31. december 2026}, {@code i perioden fra mandag den 29. januar til fredag den
 * 1. marts 2024}, {@code fra 04.03.2024 til 29.04.2024}, {@code uge 8}, {@code ultimo uge 8}, {@code primo/medio/ultimo maj}, {@code Q2}, {@code i december},
 * {@code 2025-2028}, {@code i 2026 og frem}, {@code i 2025}. Longer expressions win over the shorter ones inside them.
 * Stateless and thread-safe.
 */
public final class DateExtractor {

    /** A month by its name, or abbreviated with a full stop ("17. jan. 2024", "i nov. 2024"): without it "jul" is Christmas. */
    private static final String MONTH = "(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
            + "|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.)";
    private static final String WEEKDAY = "(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s+)?";
    private static final String DAY_OF_MONTH = "(?:(?:d\\.|den)\\s*)?" + WEEKDAY + "(?:(?:d\\.|den)\\s*)?";
    /** A day and month with an optional year: "d. 14. februar 2024", "17. maj", "8.november 2016". */
    private static final String DAY = "(\\d{1,2})\\.\\s*(" + MONTH + ")(?:\\s+(\\d{4}))?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern PERIOD = Pattern.compile("(?:i\\s+perioden\\s+)?fra\\s+" + DAY_OF_MONTH + DAY
            + "\\s+til\\s+" + DAY_OF_MONTH + DAY, FLAGS);
    /**
     * Two days of one month, the month written once: "4.-5. april 2024", "3. til 5. marts" (the days from the first to
     * the second), "17. og 18. januar" (two days running; "3. og 17. marts" are two days apart, and only the second is
     * read as a date then).
     */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![\\p{L}\\d])" + DAY_OF_MONTH
            + "(\\d{1,2})\\.(\\s*[-–]\\s*|\\s+(?:og|til)\\s+)(\\d{1,2})\\.\\s*(" + MONTH + ")(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern WRITTEN_DAY = Pattern.compile("(?<![\\p{L}\\d])" + DAY_OF_MONTH + DAY
            + "(?:\\s+kl\\.\\s*\\d{1,2}[:.]\\d{2})?", FLAGS);
    /**
     * A day written in figures, day first, with one separator throughout: "14-02-2024", "14.02.2024", "14/2/2024".
     * Never inside a longer run of figures ("00.30.00-P05", "1.234.567").
     */
    private static final String NUMERIC = "(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})";
    private static final Pattern NUMERIC_DAY = Pattern.compile("(?<![\\d.\\-/])" + NUMERIC + "(?![\\d\\-/]|\\.\\d)");
    /**
     * The two other ways Danish writes a day in figures: the day and month with a slash and the year after a hyphen
     * or a space ("17/1-2024", "17/1 2024"), and ISO's year first ("2024-01-17").
     */
    private static final Pattern SLASH_HYPHEN_DAY = Pattern.compile("(?<![\\d.\\-/])(\\d{1,2})/(\\d{1,2})[- ](\\d{4})(?![\\d\\-/]|\\.\\d)");
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d.\\-/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-/]|\\.\\d)");
    /** "fra 04.03.2024 til 29.04.2024", "i perioden 1-3-2024 – 31-5-2024". */
    private static final Pattern NUMERIC_PERIOD = Pattern.compile("(?<![\\p{L}\\d.\\-/])(?:(?:i\\s+perioden\\s+)?fra\\s+"
            + "(?:(?:d\\.|den)\\s*)?)?" + NUMERIC + "\\s*(?:til|-|–)\\s*(?:(?:d\\.|den)\\s*)?"
            + NUMERIC.replace("\\2", "\\6") + "(?![\\d\\-/]|\\.\\d)", FLAGS);
    private static final Pattern WEEK = Pattern.compile("(?<!\\p{L})(?:(primo|medio|ultimo)\\s+)?uge\\s+(\\d{1,2})(?!\\d)", FLAGS);
    /** "primo maj", and the same in words: "i starten af maj", "midt i maj", "sidst i maj", "i slutningen af maj". */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?<!\\p{L})(primo|medio|ultimo|i\\s+starten\\s+af"
            + "|i\\s+begyndelsen\\s+af|midt\\s+i|i\\s+midten\\s+af|sidst\\s+i|i\\s+slutningen\\s+af"
            + "|i\\s+udgangen\\s+af)\\s+(" + MONTH
            + ")(?:\\s+(\\d{4}))?", FLAGS);
    /** A season of a year: "i foråret 2024" (March to May), "sommeren 2022" (June to August), "efteråret 2023". */
    private static final Pattern SEASON = Pattern.compile("(?<!\\p{L})(?:i\\s+)?(forår|foråret|sommer|sommeren|efterår|"
            + "efteråret)\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern IN_MONTH = Pattern.compile("(?<!\\p{L})i\\s+(" + MONTH + ")(?:\\s+(\\d{4}))?(?!\\s*\\d)", FLAGS);
    /** A month with a year and no "i": "før maj 2017", "maj 2017". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d\\.\\s?)(?<!\\p{L})(" + MONTH + ")\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])Q([1-4])(?:\\s+(\\d{4}))?(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.-])(20\\d{2}|19\\d{2})\\s*-\\s*(20\\d{2}|19\\d{2})(?![\\d-])");
    private static final Pattern YEAR_ONWARDS = Pattern.compile("(?<!\\p{L})(?:i|fra)\\s+(20\\d{2})\\s+og\\s+frem", FLAGS);
    private static final Pattern IN_YEAR = Pattern.compile("(?<!\\p{L})(?:i|fra|til|inden|efter|før|siden)\\s+(20\\d{2}|19\\d{2})(?![\\d-])", FLAGS);

    public List<Entity> extract(String text, String section, LocalDate reference) {
        List<Entity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        period(text, section, reference, found, taken);
        each(DAY_RANGE, text, taken, m -> {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(3));
            boolean and = m.group(2).strip().equalsIgnoreCase("og");
            if (last < first || and && last != first + 1) {
                return null;
            }
            int year = year(m.group(5), reference);
            int month = month(m.group(4));
            return range(date(year, month, m.group(1)), date(year, month, m.group(3)), DateRange.Precision.DAY, m.group(5) == null);
        }, section, found);
        each(WRITTEN_DAY, text, taken, m -> day(m.group(3) != null
                ? date(Integer.parseInt(m.group(3)), month(m.group(2)), m.group(1))
                : closest(reference, month(m.group(2)), Integer.parseInt(m.group(1))), m.group(3) == null), section, found);
        each(NUMERIC_DAY, text, taken, m -> day(date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(1)),
                false), section, found);
        each(SLASH_HYPHEN_DAY, text, taken, m -> day(date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1)),
                false), section, found);
        each(ISO_DAY, text, taken, m -> day(date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)),
                false), section, found);
        each(WEEK, text, taken, m -> week(reference, Integer.parseInt(m.group(2)), m.group(1)), section, found);
        each(PART_OF_MONTH, text, taken, m -> partOfMonth(year(m.group(3), reference), month(m.group(2)), m.group(1),
                m.group(3) == null), section, found);
        each(SEASON, text, taken, m -> season(Integer.parseInt(m.group(2)), m.group(1)), section, found);
        // an abbreviated month without a day or year may be a word with a sentence's full stop ("lukket i jul.")
        each(IN_MONTH, text, taken, m -> m.group(1).endsWith(".") && m.group(2) == null ? null
                : month(year(m.group(2), reference), month(m.group(1)), m.group(2) == null), section, found);
        each(MONTH_YEAR, text, taken, m -> month(Integer.parseInt(m.group(2)), month(m.group(1)), false), section, found);
        each(QUARTER, text, taken, m -> quarter(year(m.group(2), reference), Integer.parseInt(m.group(1)), m.group(2) == null),
                section, found);
        each(YEAR_RANGE, text, taken, m -> years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), section, found);
        each(YEAR_ONWARDS, text, taken, m -> new DateRange(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), null,
                DateRange.Precision.YEAR, false), section, found);
        each(IN_YEAR, text, taken, m -> years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))), section, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "fra 1. januar 2024 til 31. december 2026"; a missing first year is the second's (or the meeting's). */
    private static void period(String text, String section, LocalDate reference, List<Entity> found, boolean[] taken) {
        each(NUMERIC_PERIOD, text, taken, m -> {
            LocalDate start = date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(1));
            LocalDate end = date(Integer.parseInt(m.group(8)), Integer.parseInt(m.group(7)), m.group(5));
            // "14-02-2024 - 2025" is no period, and an end before the start is not one either
            return end.isBefore(start) ? null : new DateRange(start, end, DateRange.Precision.DAY, false);
        }, section, found);
        each(PERIOD, text, taken, m -> {
            int endYear = year(m.group(6), reference);
            int startYear = m.group(3) != null ? Integer.parseInt(m.group(3)) : endYear;
            LocalDate start = date(startYear, month(m.group(2)), m.group(1));
            LocalDate end = date(endYear, month(m.group(5)), m.group(4));
            if (start == null || end == null) {
                return null;
            }
            return new DateRange(start, end, DateRange.Precision.DAY, m.group(6) == null);
        }, section, found);
    }

    private interface Normaliser {
        DateRange value(Matcher m);
    }

    private static void each(Pattern pattern, String text, boolean[] taken, Normaliser normaliser, String section,
                             List<Entity> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            DateRange value;
            try {
                value = normaliser.value(m);
            } catch (RuntimeException invalid) {
                value = null; // "31. februar": not a date
            }
            if (value == null) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
            String mention = m.group().strip();
            found.add(new Entity(EntityType.DATE, mention, m.start(), m.start() + mention.length(), section, value,
                    label(value)));
        }
    }

    /** A readable Danish form of the value, e.g. {@code 14. februar 2024} or {@code 2025–2028}. */
    public static String label(DateRange value) {
        return switch (value.precision()) {
            case DAY -> value.isDay() ? danish(value.start()) : danish(value.start()) + " – " + danish(value.end());
            case YEAR -> value.end() == null ? value.start().getYear() + " og frem"
                    : value.start().getYear() == value.end().getYear() ? String.valueOf(value.start().getYear())
                    : value.start().getYear() + "–" + value.end().getYear();
            default -> danish(value.start()) + " – " + danish(value.end());
        };
    }

    public static String danish(LocalDate date) {
        String month = DanishDates.MONTHS.entrySet().stream().filter(e -> e.getValue() == date.getMonthValue())
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        return date.getDayOfMonth() + ". " + month + " " + date.getYear();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static DateRange day(LocalDate date, boolean inferred) {
        return date == null ? null : new DateRange(date, date, DateRange.Precision.DAY, inferred);
    }

    private static DateRange range(LocalDate start, LocalDate end, DateRange.Precision precision, boolean inferred) {
        return start == null || end == null ? null : new DateRange(start, end, precision, inferred);
    }

    private static DateRange month(int year, int month, boolean inferred) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new DateRange(start, start.with(TemporalAdjusters.lastDayOfMonth()), DateRange.Precision.MONTH, inferred);
    }

    private static DateRange partOfMonth(int year, int month, String part, boolean inferred) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        String which = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (which.equals("primo") || which.contains("start") || which.contains("begyndelse")) {
            return new DateRange(first, first.plusDays(9), DateRange.Precision.MONTH, inferred);
        }
        if (which.equals("medio") || which.startsWith("midt") || which.contains("midten")) {
            return new DateRange(first.plusDays(10), first.plusDays(19), DateRange.Precision.MONTH, inferred);
        }
        return new DateRange(first.plusDays(20), last, DateRange.Precision.MONTH, inferred);
    }

    private static DateRange season(int year, String season) {
        String s = season.toLowerCase(Locale.ROOT);
        int firstMonth = s.startsWith("forår") ? 3 : s.startsWith("sommer") ? 6 : 9;
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new DateRange(start, start.plusMonths(3).minusDays(1), DateRange.Precision.MONTH, false);
    }

    private static DateRange quarter(int year, int quarter, boolean inferred) {
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new DateRange(start, start.plusMonths(3).minusDays(1), DateRange.Precision.QUARTER, inferred);
    }

    /** ISO week of the meeting's year; "ultimo uge 8" is the end of that week. */
    private static DateRange week(LocalDate reference, int week, String part) {
        if (reference == null || week < 1 || week > 53) {
            return null;
        }
        LocalDate monday = reference.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        if (part != null) {
            switch (part.toLowerCase(Locale.ROOT)) {
                case "primo" -> sunday = monday.plusDays(1);
                case "ultimo" -> monday = monday.plusDays(3);
                default -> {
                    monday = monday.plusDays(1);
                    sunday = monday.plusDays(2);
                }
            }
        }
        return new DateRange(monday, sunday, DateRange.Precision.WEEK, true);
    }

    private static DateRange years(int from, int to) {
        if (to < from) {
            return null;
        }
        return new DateRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DateRange.Precision.YEAR, false);
    }

    /**
     * A day and month without a year: the one of last, this or next year that lies nearest the meeting date
     * ("d. 5. januar" in minutes of 20 December is next January).
     */
    private static LocalDate closest(LocalDate reference, int month, int day) {
        if (reference == null) {
            throw new IllegalArgumentException("no year and no meeting date");
        }
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, day);
            if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private static int year(String year, LocalDate reference) {
        if (year != null) {
            return Integer.parseInt(year);
        }
        if (reference == null) {
            throw new IllegalArgumentException("no year and no meeting date");
        }
        return reference.getYear();
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? DanishDates.ABBREVIATED.get(lower.substring(0, lower.length() - 1))
                : DanishDates.MONTHS.get(lower);
    }

    private static LocalDate date(int year, int month, String day) {
        return LocalDate.of(year, month, Integer.parseInt(day));
    }
}
