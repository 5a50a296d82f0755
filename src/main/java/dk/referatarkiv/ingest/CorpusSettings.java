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
 * parent's. Immutable and thread-safe once built.
 */
public final class CorpusSettings {

    public static final String FILE = "referatarkiv.properties";

    private final Path root;
    private final Map<Path, String> municipalityByFolder = new HashMap<>();

    public CorpusSettings(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static boolean isSettingsFile(Path file) {
        return file.getFileName().toString().equals(FILE);
    }

    /** Reads one settings file of the corpus; the caller reports a file that cannot be read. */
    void add(Path settingsFile) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(settingsFile, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String kommune = props.getProperty("kommune", "").strip();
        if (!kommune.isEmpty()) {
            municipalityByFolder.put(settingsFile.toAbsolutePath().normalize().getParent(), kommune);
        }
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
