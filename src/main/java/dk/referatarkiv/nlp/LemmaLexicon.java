package dk.referatarkiv.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lemmas seen in a treebank: for each (lower-cased form, UPOS) the lemma it had most often. Exact for the frequent
 * closed-class words where the dictionary is weak ({@code det} → {@code den} as a determiner, {@code som} as a
 * pronoun). Stored as a TSV {@code form<TAB>upos<TAB>lemma}. Immutable and thread-safe.
 */
public final class LemmaLexicon {

    private final Map<String, String> lemmas;
    /** The lower-cased forms, whatever their tag. */
    private final Set<String> forms;

    private LemmaLexicon(Map<String, String> lemmas) {
        this.lemmas = Map.copyOf(lemmas);
        this.forms = lemmas.keySet().stream().map(k -> k.substring(0, k.indexOf('\t')))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the treebank has the form (case aside) with any tag. */
    public boolean knows(String form) {
        return forms.contains(form.toLowerCase(Locale.ROOT));
    }

    public Optional<String> lemma(String form, String upos) {
        return Optional.ofNullable(lemmas.get(key(form.toLowerCase(Locale.ROOT), upos)));
    }

    public int size() {
        return lemmas.size();
    }

    /** Builds the lexicon from parallel arrays of forms, tags and lemmas of many sentences. */
    public static LemmaLexicon build(List<String[]> forms, List<String[]> upos, List<String[]> lemmas) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int s = 0; s < forms.size(); s++) {
            for (int i = 0; i < forms.get(s).length; i++) {
                String key = key(forms.get(s)[i].toLowerCase(Locale.ROOT), upos.get(s)[i]);
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(lemmas.get(s)[i], 1, Integer::sum);
            }
        }
        Map<String, String> best = new TreeMap<>();
        counts.forEach((key, byLemma) -> best.put(key, byLemma.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return new LemmaLexicon(best);
    }

    public static LemmaLexicon read(Path file) throws IOException {
        Map<String, String> lemmas = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IOException(file + ":" + number + ": expected form<TAB>upos<TAB>lemma");
                }
                lemmas.put(key(cols[0], cols[1]), cols[2]);
            }
        }
        return new LemmaLexicon(lemmas);
    }

    public void write(Path file, String header) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : header.split("\n")) {
                writer.write("# " + line + "\n");
            }
            for (Map.Entry<String, String> e : new TreeMap<>(lemmas).entrySet()) {
                writer.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }

    private static String key(String form, String upos) {
        return form + "\t" + upos;
    }
}
