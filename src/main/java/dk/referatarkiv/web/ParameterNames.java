package dk.referatarkiv.web;

import java.util.Map;

/**
 * What a parameter is, in words a person reads, for error messages: "Fra-datoen ('from') skal være …" rather than a
 * bare internal name. The parameter itself stays in the message, in parentheses, for whoever builds the address.
 */
final class ParameterNames {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("q", "Søgningen"),
            Map.entry("from", "Fra-datoen"),
            Map.entry("to", "Til-datoen"),
            Map.entry("at", "Datoen"),
            Map.entry("size", "Antallet pr. side"),
            Map.entry("page", "Sidenummeret"),
            Map.entry("n", "Punktnummeret"),
            Map.entry("budgetYear", "Budgetåret"),
            Map.entry("minAmount", "Mindstebeløbet"),
            Map.entry("maxAmount", "Højeste beløb"),
            Map.entry("sort", "Sorteringen"),
            Map.entry("type", "Typen"),
            Map.entry("role", "Rollen"),
            Map.entry("section", "Afsnittet"),
            Map.entry("journal", "Journalnummeret"));

    private ParameterNames() {
    }

    /** "Fra-datoen ('from')", or "Parameteren 'x'" for a parameter without a description. */
    static String describe(String parameter) {
        String words = WORDS.get(parameter);
        return words == null ? "Parameteren '" + parameter + "'" : words + " ('" + parameter + "')";
    }
}
