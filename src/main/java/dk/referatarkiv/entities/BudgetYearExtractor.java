package dk.referatarkiv.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Budget years: a word beginning with {@code budget} followed by a year, directly or after {@code til} / {@code for}
 * (and an optional second {@code budget}): {@code budget 2025}, {@code Budget 2025-2028}, {@code budgetkatalog 2018},
 * {@code budgetproces 2025}, {@code budgetkataloget til 2025}, {@code måltal for budget 2025}. A range names the
 * budget of its first year (the others are its overslagsår). Stateless and thread-safe.
 */
public final class BudgetYearExtractor {

    private static final Pattern BUDGET_YEAR = Pattern.compile(
            "(?<!\\p{L})budget\\p{L}*\\s+(?:(?:til|for)\\s+)?(?:budget\\s+)?(20\\d{2})(?:\\s*-\\s*20\\d{2})?(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "B2025 puljer": the short form used in budget tables. */
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\d])B(20\\d{2})(?!\\d)");

    public List<Entity> extract(String text, String section) {
        List<Entity> found = new ArrayList<>();
        for (Pattern pattern : List.of(BUDGET_YEAR, SHORT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                found.add(new Entity(EntityType.BUDGET_YEAR, m.group(), m.start(), m.end(), section, year, "Budget " + year));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }
}
