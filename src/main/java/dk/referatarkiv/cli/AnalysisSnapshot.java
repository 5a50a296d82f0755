package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.CorpusEntitiesFormat;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.ReadingsFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The archive-wide analysis of the last build, stored beside the index so that a start with a current index does not
 * read the minutes' annotations again: the meetings a stage left out (with the reason), the entities with persons
 * resolved across the archive, and what the meetings say of persons, from which the people are made (timeline and
 * memberships are rebuilt from those in well under a second). Written after every build that computed the analysis;
 * read only under the key it was written with: the corpus's fingerprint, the models, the build of the program (see
 * {@code CodeIdentity}) and the commit of the index it was written after, so it is exactly what this program computed
 * from this corpus for this index. Anything else, or a damaged file, and the analysis is computed as before.
 * Stateless.
 */
final class AnalysisSnapshot {

    static final String FILE = "analysis.bin";

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisSnapshot.class);
    private static final int MAGIC = 0x52414e41; // "RANA"
    /** The layout of the file; the formats of its parts are covered by the code identity in the key. */
    private static final int FORMAT = 1;
    private static final int MAX_FAILURES = 1 << 24;

    /** What the snapshot gives back; {@code failures} by meeting id, as {@link IsolatedStages.Result} has them. */
    record Analysis(Map<String, String> failures, CorpusEntities entities, People people) {
    }

    /** An analysis with the key it was stored under. */
    record Stored(String key, Analysis analysis) {
    }

    private AnalysisSnapshot() {
    }

    /**
     * The key of an analysis of the corpus with this fingerprint, by these models, by the running program, stored
     * with this commit of the index (whose build decided which meetings it left out).
     */
    static Optional<String> key(String corpusFingerprint, String modelsKey, Optional<String> code, String indexCommit) {
        return code.map(c -> corpusFingerprint + "|" + modelsKey + "|" + c + "|" + indexCommit);
    }

    /** Writes the analysis under {@code key}, replacing the file in one move. */
    static void save(Path file, String key, Map<String, String> failures, CorpusEntities entities, People people)
            throws IOException {
        CacheFiles.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            CacheFiles.writeString(out, key);
            CacheFiles.StringsOut strings = new CacheFiles.StringsOut();
            CacheFiles.writeVarInt(out, failures.size());
            for (Map.Entry<String, String> e : failures.entrySet()) {
                strings.write(out, e.getKey());
                strings.write(out, e.getValue());
            }
            CorpusEntitiesFormat.write(out, entities, strings);
            ReadingsFormat.write(out, people.readings(), strings);
        });
    }

    /** The analysis stored under {@code key}; empty when there is none, another key's, or a damaged one. */
    static Optional<Analysis> load(Path file, String key) {
        return read(file, key::equals).map(Stored::analysis);
    }

    /**
     * The analysis stored in the file, whatever its key, for a caller that learns the key it wants only later (a
     * start reads it while it reads the corpus, whose fingerprint is part of the key); empty when there is none or a
     * damaged one.
     */
    static Optional<Stored> read(Path file) {
        return read(file, key -> true);
    }

    private static Optional<Stored> read(Path file, Predicate<String> wanted) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheFiles.open(file)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String key = CacheFiles.readString(in);
            if (!wanted.test(key)) {
                return Optional.empty();
            }
            CacheFiles.StringsIn strings = new CacheFiles.StringsIn();
            int failureCount = CacheFiles.readCount(in, MAX_FAILURES);
            Map<String, String> failures = new LinkedHashMap<>();
            for (int i = 0; i < failureCount; i++) {
                failures.put(strings.read(in), strings.read(in));
            }
            CorpusEntities entities = CorpusEntitiesFormat.read(in, strings);
            People people = People.of(entities.persons(), ReadingsFormat.read(in, strings));
            if (in.read() != -1) {
                throw new IOException("data after the end");
            }
            return Optional.of(new Stored(key, new Analysis(failures, entities, people)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the stored analysis {} is unreadable ({}); it is computed again", file, e.toString());
            return Optional.empty();
        }
    }
}
