package dk.referatarkiv.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scales every amount of money written with its unit ({@code 27 mio. kr.}, {@code 0,500 mio.kr.}, {@code 1.250.000 kr.},
 * {@code 4,2 mia.kr.}, {@code 870 kroner}) by a random factor between 0.5 and 1.5, written as before: the same number
 * of decimals after the comma, thousands points when the original had them. Bare numbers (table cells, years, item
 * numbers) are not touched. Stateless and thread-safe; the randomness comes from the caller.
 */
final class AmountVariation {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(?<int>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(?<dec>\\d+))?(?=\\s?(?:mio|mia|mill|t\\.\\s?kr|kroner|kr)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AmountVariation() {
    }

    /** A text with its amounts scaled, and how many amounts were changed. */
    record Varied(String text, int amounts) {
    }

    static Varied vary(String text, Random random) {
        Matcher m = AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int changed = 0;
        while (m.find()) {
            String scaled = scale(m.group("int"), m.group("dec"), 0.5 + random.nextDouble());
            if (!scaled.equals(m.group())) {
                changed++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(scaled));
        }
        m.appendTail(out);
        return new Varied(out.toString(), changed);
    }

    /** The amount times {@code factor}, with as many decimals as written and thousands points when written. */
    static String scale(String integerPart, String decimals, double factor) {
        boolean grouped = integerPart.contains(".");
        int scale = decimals == null ? 0 : decimals.length();
        BigDecimal value = new BigDecimal(integerPart.replace(".", "") + (decimals == null ? "" : "." + decimals));
        BigDecimal result = value.multiply(BigDecimal.valueOf(factor)).setScale(scale, RoundingMode.HALF_UP);
        if (result.signum() == 0 && value.signum() > 0) {
            result = BigDecimal.ONE.movePointLeft(scale); // an amount does not become nothing
        }
        String plain = result.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        if (grouped) {
            StringBuilder g = new StringBuilder(whole);
            for (int i = whole.length() - 3; i > 0; i -= 3) {
                g.insert(i, '.');
            }
            whole = g.toString();
        }
        return whole + fraction;
    }
}
