package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.CorpusEntitiesFormat;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.OnOwnThread;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.ReadingsFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The archive-wide analysis of the last build, stored beside the index so that a start with a current index does not
 * read the minutes' annotations again: the meetings a stage left out (with the reason), the entities with persons
 * resolved across the archive, and what the meetings say of persons, from which the people are made (timeline and
 * memberships are rebuilt from those in well under a second). Written after every build that computed the analysis
 * as a start would; read only when it was made by this build of the program (see {@code CodeIdentity}) on this Java,
 * with these models, after this commit of the index (its {@link #buildKey}), from a corpus with this fingerprint, so
 * it is exactly what this program would compute. Anything else, or a damaged file, and the analysis is computed as
 * before. Stateless.
 */
final class AnalysisSnapshot {

    static final String FILE = "analysis.bin";

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisSnapshot.class);
    private static final int MAGIC = 0x52414e41; // "RANA"
    /** The layout of the file; the formats of its parts are covered by the code identity in the build key. */
    private static final int FORMAT = 2;
    private static final int MAX_FAILURES = 1 << 24;

    /** What the snapshot gives back; {@code failures} by meeting id, as {@link IsolatedStages.Result} has them. */
    record Analysis(Map<String, String> failures, CorpusEntities entities, People people) {
    }

    /** An analysis with the fingerprint of the corpus it was made of. */
    record Stored(String fingerprint, Analysis analysis) {
    }

    private AnalysisSnapshot() {
    }

    /**
     * What an analysis was made by and after: this build of the program on this Java (whose Unicode tables decide
     * slugs and keys), these models, and this commit of the index (whose build decided which meetings it left out).
     * Empty when the program cannot tell its build: then no stored analysis is trusted.
     */
    static Optional<String> buildKey(String modelsKey, Optional<String> code, String indexCommit) {
        return code.map(c -> String.join("|", c, Runtime.version().toString(), modelsKey, indexCommit));
    }

    /** Writes the analysis, replacing the file in one move. */
    static void save(Path file, String buildKey, String fingerprint, Map<String, String> failures,
                     CorpusEntities entities, People people) throws IOException {
        CacheFiles.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            CacheFiles.writeString(out, buildKey);
            CacheFiles.writeString(out, fingerprint);
            CacheFiles.StringsOut strings = new CacheFiles.StringsOut();
            CacheFiles.writeList(out, List.copyOf(failures.entrySet()), e -> {
                strings.write(out, e.getKey());
                strings.write(out, e.getValue());
            });
            CorpusEntitiesFormat.write(out, entities, strings);
            ReadingsFormat.write(out, people.readings(), strings);
        });
    }

    /**
     * The analysis stored in the file when it was made under {@code buildKey}, with the fingerprint of its corpus
     * (a start learns its own only after reading the corpus); empty when there is none, another build's (not decoded
     * at all), or a damaged one.
     */
    static Optional<Stored> read(Path file, String buildKey) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheFiles.open(file)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !CacheFiles.readString(in).equals(buildKey)) {
                return Optional.empty();
            }
            String fingerprint = CacheFiles.readString(in);
            CacheFiles.StringsIn strings = new CacheFiles.StringsIn();
            List<Map.Entry<String, String>> failed = CacheFiles.readList(in, MAX_FAILURES,
                    () -> Map.entry(strings.read(in), strings.read(in)));
            Map<String, String> failures = new LinkedHashMap<>();
            failed.forEach(e -> failures.put(e.getKey(), e.getValue()));
            CorpusEntities entities = CorpusEntitiesFormat.read(in, strings);
            People people = People.of(entities.persons(), ReadingsFormat.read(in, strings));
            if (in.read() != -1) {
                throw new IOException("data after the end");
            }
            return Optional.of(new Stored(fingerprint, new Analysis(failures, entities, people)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the stored analysis {} is unreadable ({}); it is computed again", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The file read on a thread of its own from now, under the key {@code buildKey} gives on that thread (nothing is
     * read when it gives none): working out the key (the code's identity) is then off the start's main thread too.
     */
    static Pending readInBackground(Path file, Supplier<Optional<String>> buildKey) {
        return new Pending(OnOwnThread.start("referatarkiv-stored-analysis",
                () -> buildKey.get().flatMap(key -> read(file, key))));
    }

    /** A read under way, or none. */
    static final class Pending {

        static final Pending NONE = new Pending(CompletableFuture.completedFuture(Optional.empty()));

        private final AtomicReference<CompletableFuture<Optional<Stored>>> read;

        private Pending(CompletableFuture<Optional<Stored>> read) {
            this.read = new AtomicReference<>(read);
        }

        /** Lets go of the read without waiting for it: what it gives becomes garbage when it ends. */
        void discard() {
            read.set(null);
        }

        /**
         * What the read gave, waiting for it; empty when it failed in any way (even out of memory: the analysis is
         * then computed) and on every later call, so that an analysis nobody uses is not kept reachable.
         */
        Optional<Stored> take() {
            CompletableFuture<Optional<Stored>> taken = read.getAndSet(null);
            if (taken == null) {
                return Optional.empty();
            }
            try {
                return taken.join();
            } catch (RuntimeException e) {
                LOG.warn("the stored analysis could not be read ({}); it is computed again", e.toString());
                return Optional.empty();
            }
        }
    }
}
