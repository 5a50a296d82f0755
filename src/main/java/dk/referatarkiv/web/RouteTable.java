package dk.referatarkiv.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The paths the application answers and with which methods, so that a known path asked with another method gets
 * {@code 405} with {@code Allow} (and an unknown path a plain {@code 404}). Filled while routes are registered;
 * read-only afterwards.
 */
final class RouteTable {

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Map<String, Set<String>> methods = new LinkedHashMap<>();

    /** Records {@code method} for a Javalin path template such as {@code /api/meetings/{id}}. */
    void add(String method, String template) {
        patterns.computeIfAbsent(template, t -> Pattern.compile(
                Pattern.quote(t).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q").replace("\\Q\\E", "")));
        methods.computeIfAbsent(template, t -> new TreeSet<>()).add(method);
    }

    /** The methods some route allows for {@code path}; empty when no route has that path. */
    Set<String> allowed(String path) {
        Set<String> allowed = new TreeSet<>();
        List<String> matching = new ArrayList<>();
        patterns.forEach((template, pattern) -> {
            if (pattern.matcher(path).matches()) {
                matching.add(template);
            }
        });
        matching.forEach(t -> allowed.addAll(methods.get(t)));
        return allowed;
    }
}
