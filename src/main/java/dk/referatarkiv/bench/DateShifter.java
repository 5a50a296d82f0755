package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.DateFinder;
import dk.referatarkiv.ingest.DateMention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves every full date of a text (every date {@link DateFinder} reads) by a whole number of weeks, each written in
 * its own form again: {@code 20-11-2024}, {@code 2024-11-20}, {@code d. 20. november 2024}, {@code Onsdag, May 8,
 * 2024}, {@code 3/14/2023 2:00:00 PM}. Whole weeks keep a weekday written beside a date right. A rewritten date that
 * the date finder would not read back as the new date is left as it was (and counted). Times are not touched.
 * Stateless and thread-safe.
 */
final class DateShifter {

    /** The text with its dates moved, how many were moved and how many had to be left as written. */
    record Shifted(String text, int moved, int leftAsWritten) {
    }

    private static final List<String> DANISH = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final List<String> DANISH_SHORT = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");
    private static final List<String> ENGLISH = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final List<String> ENGLISH_SHORT = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern ISO_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AM_PM = Pattern.compile("(?i)\\d\\s*[AP]M\\b");

    private DateShifter() {
    }

    static Shifted shift(String text, int weeks) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int moved = 0;
        int left = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int from = 0;
            for (DateMention m : DateFinder.find(line)) {
                out.append(line, from, m.start());
                String span = line.substring(m.start(), m.end());
                Optional<String> rewritten = rewrite(span, m.date(), m.date().plusWeeks(weeks));
                out.append(rewritten.orElse(span));
                if (rewritten.isPresent()) {
                    moved++;
                } else {
                    left++;
                }
                from = m.end();
            }
            out.append(line, from, line.length());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Shifted(out.toString(), moved, left);
    }

    /** The date written in {@code span} as {@code to} in the same form, or empty when that cannot be done safely. */
    static Optional<String> rewrite(String span, LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return Optional.of(span);
        }
        boolean iso = ISO_START.matcher(span).find();
        boolean us = !iso && AM_PM.matcher(span).find();
        boolean written = !iso && !us && hasMonthWord(span);
        boolean padded = padded(span, written);
        Matcher t = TOKEN.matcher(span);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int numbers = 0;
        boolean monthDone = false;
        boolean dayDone = false;
        boolean yearDone = false;
        while (t.find()) {
            String token = t.group();
            String replacement = token;
            if (Character.isLetter(token.charAt(0))) {
                if (written && !monthDone && monthOf(token) == from.getMonthValue()) {
                    replacement = monthName(token, to.getMonthValue(), numbers == 0);
                    monthDone = true;
                }
            } else if (!written) {
                // Numeric forms: the first three numbers are day, month and year in the form's order; a time follows.
                if (numbers < 3) {
                    char role = (iso ? "YMD" : us ? "MDY" : "DMY").charAt(numbers);
                    replacement = number(role == 'Y' ? to.getYear() : role == 'M' ? to.getMonthValue() : to.getDayOfMonth(),
                            padded);
                }
                numbers++;
            } else {
                // Written forms: the first short number is the day, the first four-digit number the year.
                if (token.length() <= 2 && !dayDone) {
                    replacement = number(to.getDayOfMonth(), padded);
                    dayDone = true;
                } else if (token.length() == 4 && !yearDone) {
                    replacement = number(to.getYear(), false);
                    yearDone = true;
                }
                numbers++;
            }
            out.append(span, last, t.start()).append(replacement);
            last = t.end();
        }
        out.append(span.substring(last));
        String result = out.toString();
        List<DateMention> check = DateFinder.find(result);
        boolean readsBack = !check.isEmpty() && check.get(0).start() == 0 && check.get(0).date().equals(to);
        return readsBack ? Optional.of(result) : Optional.empty();
    }

    private static boolean hasMonthWord(String span) {
        Matcher t = TOKEN.matcher(span);
        while (t.find()) {
            if (Character.isLetter(t.group().charAt(0)) && monthOf(t.group()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** 1–12 for a month name or abbreviation in Danish or English, else 0. */
    static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (List<String> names : List.of(DANISH, ENGLISH, DANISH_SHORT, ENGLISH_SHORT)) {
            int i = names.indexOf(w);
            if (i >= 0) {
                return i + 1;
            }
        }
        return w.equals("sept") ? 9 : 0;
    }

    /** The month in the language, length and case of {@code written}; month-first dates are the English web form. */
    private static String monthName(String written, int month, boolean monthFirst) {
        String w = written.toLowerCase(Locale.ROOT);
        boolean full = DANISH.contains(w) || ENGLISH.contains(w);
        boolean english = monthFirst || (ENGLISH.contains(w) && !DANISH.contains(w))
                || (!full && ENGLISH_SHORT.contains(w) && !DANISH_SHORT.contains(w));
        String name = (full ? (english ? ENGLISH : DANISH) : (english ? ENGLISH_SHORT : DANISH_SHORT)).get(month - 1);
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }

    /**
     * Whether the form writes day and month with two digits: a leading zero says so; in numeric forms two two-digit
     * numbers ({@code 20-11-2024}) are taken as the padded form too, one short number ({@code 3/14/2023}) as not.
     */
    private static boolean padded(String span, boolean written) {
        Matcher t = TOKEN.matcher(span);
        int seen = 0;
        boolean allTwoDigits = true;
        while (t.find() && seen < (written ? 1 : 2)) {
            String token = t.group();
            if (Character.isLetter(token.charAt(0)) || token.length() == 4) {
                continue;
            }
            if (token.length() == 2 && token.charAt(0) == '0') {
                return true;
            }
            allTwoDigits &= token.length() == 2;
            seen++;
        }
        return !written && seen == 2 && allTwoDigits;
    }

    private static String number(int value, boolean padded) {
        String digits = Integer.toString(value);
        return padded && digits.length() == 1 ? "0" + digits : digits;
    }
}
