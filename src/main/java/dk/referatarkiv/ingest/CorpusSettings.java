package dk.referatarkiv.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Settings a corpus folder may carry in a {@value #FILE} file: {@code kommune=Albertslund} names the municipality of
 * the minutes in that folder and its sub-folders when their text does not say it. A sub-folder's file overrides its
 * parent's. Immutable and thread-safe.
 */
public final class CorpusSettings {

    public static final String FILE = "referatarkiv.properties";

    private final Path root;
    private final Map<Path, String> municipalityByFolder;

    private CorpusSettings(Path root, Map<Path, String> municipalityByFolder) {
        this.root = root;
        this.municipalityByFolder = Map.copyOf(municipalityByFolder);
    }

    /** Reads every settings file under the corpus folder; an unreadable one is ignored (logged by the caller). */
    public static CorpusSettings read(Path root) throws IOException {
        Map<Path, String> found = new HashMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().equals(FILE)).toList()) {
                Properties props = new Properties();
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    props.load(r);
                }
                String kommune = props.getProperty("kommune", "").strip();
                if (!kommune.isEmpty()) {
                    found.put(p.getParent().toAbsolutePath().normalize(), kommune);
                }
            }
        }
        return new CorpusSettings(root.toAbsolutePath().normalize(), found);
    }

    /** The municipality set for the folder of this file (or the nearest folder above it), or empty. */
    public String municipality(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            String m = municipalityByFolder.get(dir);
            if (m != null) {
                return m;
            }
        }
        return "";
    }
}
