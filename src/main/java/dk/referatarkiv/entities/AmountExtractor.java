package dk.referatarkiv.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in kroner ({@code 35 mio.kr.}, {@code 0,500 mio. kr.}, {@code 127.000 kr.}, {@code 4,2 mia.kr.}) and
 * percentages ({@code 2%}, {@code 25 procent}), normalised to kroner or percent, with the year the amount applies to
 * when the words right after it say so ({@code i 2025}, {@code fra 2026}). Numbers in tables under a
 * {@code (mio kr.)} heading are amounts in millions. The text as written is kept: {@code 0,250 kr.} is 0.25 kroner.
 * Stateless and thread-safe.
 */
public final class AmountExtractor {

    private static final String NUMBER = "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?";
    private static final Pattern MONEY = Pattern.compile(NUMBER
            + "\\s*(mia\\.?\\s*kr\\.?|mio\\.?\\s*kr\\.?|kr\\.?|kroner|mio\\.|mia\\.)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*(%|procent|pct\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*(?:varigt\\s+)?(?:i|fra|for)\\s+(20\\d{2})(?!\\d)");
    private static final Pattern TABLE_HEADING = Pattern.compile("^\\(mio\\.?\\s*kr\\.?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_NUMBER = Pattern.compile("^-?\\d+(?:,\\d+)?$");

    public List<Entity> extract(String text, String section) {
        List<Entity> found = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            double value = number(m.group(1), m.group(2)) * scale(m.group(3));
            Integer year = yearAfter(text, m.end());
            String mention = m.group().strip();
            found.add(new Entity(EntityType.AMOUNT, mention, m.start(), m.start() + mention.length(), section,
                    new Amount(value, year), mention));
        }
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            found.add(new Entity(EntityType.PERCENT, p.group(), p.start(), p.end(), section,
                    new Amount(number(p.group(1), p.group(2)), yearAfter(text, p.end())), p.group()));
        }
        tables(text, section, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Rows under a "(mio kr.)" heading row, cells separated by " | ": each number is millions of kroner. */
    private static void tables(String text, String section, List<Entity> found) {
        int offset = 0;
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (TABLE_HEADING.matcher(line).find()) {
                inTable = true;
            } else if (!line.contains(" | ")) {
                inTable = false;
            } else if (inTable) {
                int cellStart = offset;
                for (String cell : line.split(" \\| ", -1)) {
                    String value = cell.strip();
                    if (CELL_NUMBER.matcher(value).matches()) {
                        int start = text.indexOf(value, cellStart);
                        double millions = Double.parseDouble(value.replace(',', '.'));
                        found.add(new Entity(EntityType.AMOUNT, value, start, start + value.length(), section,
                                new Amount(millions * 1_000_000, null), value + " mio. kr."));
                    }
                    cellStart += cell.length() + 3;
                }
            }
            offset += line.length() + 1;
        }
    }

    private static Integer yearAfter(String text, int end) {
        Matcher m = YEAR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24)));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static double number(String whole, String fraction) {
        String digits = whole.replace(".", "") + (fraction == null ? "" : "." + fraction);
        return Double.parseDouble(digits);
    }

    private static double scale(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("mia")) {
            return 1e9;
        }
        return u.startsWith("mio") ? 1e6 : 1;
    }
}
