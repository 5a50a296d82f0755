package dk.referatarkiv.qa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Groups of interchangeable words for questions, from {@code models/da-synonyms.tsv}. Immutable and thread-safe. */
public final class Synonyms {

    public static final String FILE = "da-synonyms.tsv";

    private final Map<String, Set<String>> groups;

    private Synonyms(Map<String, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    public static Synonyms read(Path file) throws IOException {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            for (String word : line.split("\t")) {
                if (!word.isBlank()) {
                    group.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            group.forEach(w -> groups.computeIfAbsent(w, k -> new LinkedHashSet<>()).addAll(group));
        }
        return new Synonyms(groups);
    }

    public static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /** The variants plus every word that shares a group with one of them. */
    Set<String> expand(Set<String> variants) {
        Set<String> out = new LinkedHashSet<>(variants);
        for (String v : List.copyOf(variants)) {
            out.addAll(groups.getOrDefault(v, Set.of()));
        }
        return out;
    }
}
