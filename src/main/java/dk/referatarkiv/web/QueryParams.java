package dk.referatarkiv.web;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks query parameters, failing with a Danish 400 message that names the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    /** An optional ISO date ({@code YYYY-MM-DD}); null when absent or blank. */
    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ErrorHandlers.badRequest("invalid_parameter",
                    ParameterNames.describe(name) + " skal være en dato som ÅÅÅÅ-MM-DD, fx 2024-11-20.");
        }
    }

    /** An optional non-negative decimal number (a dot or a comma as decimal mark); null when absent. */
    static Double decimal(Context ctx, String name) {
        String value = text(ctx, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ErrorHandlers.badRequest("invalid_parameter",
                    ParameterNames.describe(name) + " skal være et beløb i kroner, fx 2000000.");
        }
    }

    /** An optional whole number within [min, max]. */
    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        if (text(ctx, name).isEmpty()) {
            return defaultValue;
        }
        return ctx.queryParamAsClass(name, Integer.class)
                .check(v -> v >= min && v <= max,
                        ParameterNames.describe(name) + " skal være et tal fra " + min + " til " + max + ".")
                .get();
    }

    /**
     * An optional whole number within [min, max], or {@code defaultValue} when absent or blank; anything else is a 400
     * with {@code message}, which names the parameter.
     */
    static int wholeNumber(Context ctx, String name, int defaultValue, int min, int max, String message) {
        String value = text(ctx, name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ErrorHandlers.badRequest("invalid_parameter", message);
        }
        if (number < min || number > max) {
            throw ErrorHandlers.badRequest("invalid_parameter", message);
        }
        return number;
    }
}
