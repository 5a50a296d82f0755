package dk.referatarkiv.index;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.ClosedTexts;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.internal.RequestBudget;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The on-disk Lucene index of the archive. A rebuild writes every document and commits once, so searchers, which
 * only ever see commits, never see a half-built index; searches run concurrently with a rebuild, and a failed or
 * killed rebuild leaves the previous index in place. Thread-safe.
 */
public final class ArchiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);
    private static final String FINGERPRINT = "corpusFingerprint";
    private static final String BUILT_AT = "builtAt";
    private static final String SCHEMA = "schemaVersion";
    private static final String LEFT_OUT = "leftOut";
    private static final String SOURCE = "corpusFolder";
    /** Each indexed meeting's {@link DocumentsHash}, so that an update writes only the meetings that changed. */
    private static final String HASHES = "meetingHashes";
    /**
     * Each indexed meeting's {@link MeetingInputs} with the counts of its documents ("fingerprint items skipped"), so
     * that an update passes over a meeting whose inputs are unchanged without making its documents.
     */
    private static final String INPUTS = "meetingInputs";

    private final Directory directory;
    private final TextAnalysis analysis;
    private final SentencePreparation sentences;
    private final ItemDocumentGenerator generator;
    private final AtomicLong generation = new AtomicLong();
    private volatile SearcherManager searchers;
    private Lock owner;
    private volatile String source;

    /** A function run with a searcher that is released afterwards. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private ArchiveIndex(Directory directory, TextAnalysis analysis, SentencePreparation sentences) {
        this.directory = directory;
        this.analysis = analysis;
        this.sentences = sentences;
        this.generator = new ItemDocumentGenerator(analysis, sentences);
    }

    /** The lock a process holds on its index for as long as it has it open, and the note saying who that is. */
    static final String OWNER_LOCK = "referatarkiv-owner.lock";
    static final String OWNER_NOTE = "referatarkiv-owner.txt";

    /** Another process has the index open. */
    public static final class InUseException extends IOException {
        InUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Opens (or prepares to create) the index in {@code path} and holds it until {@link #close()}: one process owns
     * an index, so two servers never rebuild over each other. A second opening fails at once with
     * {@link InUseException}, naming the directory and the holder.
     */
    public static ArchiveIndex open(Path path, TextAnalysis analysis) throws IOException {
        return open(path, analysis, SentencePreparation.NONE);
    }

    /**
     * As {@link #open(Path, TextAnalysis)}, storing with each item what {@code sentences} prepares of it for the
     * question answerer (an index prepared otherwise is not current, and is rebuilt).
     */
    public static ArchiveIndex open(Path path, TextAnalysis analysis, SentencePreparation sentences) throws IOException {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new IOException("cannot create the index directory " + path.toAbsolutePath() + " (" + e
                    + "); give --index a directory this user may write", e);
        }
        if (!Files.isWritable(path)) {
            throw new IOException("the index directory " + path.toAbsolutePath() + " is not writable; give --index a "
                    + "directory this user may write, or change its permissions");
        }
        Directory directory = FSDirectory.open(path);
        Lock owner;
        try {
            owner = directory.obtainLock(OWNER_LOCK);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new InUseException("the index in " + path.toAbsolutePath() + " is in use by another Referatarkiv "
                    + "process (" + holder(path) + "); stop that one, or give this one another --index", e);
        }
        ArchiveIndex index = new ArchiveIndex(directory, analysis, sentences);
        index.owner = owner;
        Files.writeString(path.resolve(OWNER_NOTE), "pid " + ProcessHandle.current().pid() + ", since "
                + java.time.LocalDateTime.now().withNano(0) + "\n");
        if (DirectoryReader.indexExists(index.directory)) {
            index.searchers = new SearcherManager(index.directory, null);
        }
        return index;
    }

    private static String holder(Path path) {
        try {
            return Files.readString(path.resolve(OWNER_NOTE)).strip();
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    /** The analyzer for queries against this index. */
    public Analyzer analyzer() {
        return analysis.analyzer();
    }

    /**
     * True when the index exists and was built from a corpus with this fingerprint, by this schema version, this
     * analysis and this sentence preparation.
     */
    public boolean isCurrent(String corpusFingerprint) throws IOException {
        Map<String, String> data = commitData();
        return corpusFingerprint.equals(data.get(FINGERPRINT)) && schema().equals(data.get(SCHEMA));
    }

    private String schema() {
        return Fields.SCHEMA_VERSION + "/" + analysis.name() + "/" + sentences.version();
    }

    /** The corpus folder the next builds come from, recorded in their commits. */
    public void source(String corpusFolder) {
        this.source = corpusFolder;
    }

    /** The corpus folder the index was last built from, when the build recorded it. */
    public Optional<String> builtFrom() throws IOException {
        return Optional.ofNullable(commitData().get(SOURCE));
    }

    /** The commit data of the last build, empty when there is no index. */
    public Map<String, String> commitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    /**
     * What tells the last commit from every other of this index: its generation and the time it was built (a
     * directory emptied and built again starts its generations anew); empty when there is no index. Files kept beside
     * the index that hold what a build computed are keyed by it, so that they never outlive the build.
     */
    public String commitId() throws IOException {
        return commitId(directory);
    }

    /**
     * The {@link #commitId()} of the index in {@code path}, read without opening the index (which takes its owner's
     * lock); empty when there is none or it cannot be read.
     */
    public static String commitId(Path path) {
        if (!Files.isDirectory(path)) {
            return "";
        }
        try (Directory directory = FSDirectory.open(path)) {
            return commitId(directory);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String commitId(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return "";
        }
        SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
        return latest.getGeneration() + "@" + latest.getUserData().getOrDefault(BUILT_AT, "");
    }

    /** Told after each meeting's documents are written: for progress, and for tests that stop a build midway. */
    @FunctionalInterface
    public interface BuildListener {
        BuildListener NONE = meetingId -> { };

        void meetingWritten(String meetingId) throws IOException;
    }

    /** Replaces the whole index with the corpus, in one commit; see {@link #rebuild(AnnotatedCorpus, CorpusEntities, BuildListener)}. */
    public IndexCounters rebuild(AnnotatedCorpus corpus, CorpusEntities entities) throws IOException {
        return rebuild(corpus, entities, BuildListener.NONE);
    }

    /**
     * Replaces the whole index with the corpus, in one commit, and records each meeting's inputs so that later
     * updates pass over the meetings whose inputs are unchanged; see {@link #update(AnnotatedCorpus, CorpusEntities,
     * String)}.
     */
    public synchronized IndexCounters rebuild(AnnotatedCorpus corpus, CorpusEntities entities, String annotationsKey)
            throws IOException {
        return write(corpus, entities, BuildListener.NONE, null, new Inputs(annotationsKey, Map.of()));
    }

    /**
     * Replaces the whole index with the corpus, in one commit. Atomic: the new index is written beside the live
     * one (new segment files in the same directory) and becomes visible only with its commit; if the build fails
     * or the process dies first, the previous commit stays the index that searchers and the next start see. The
     * files of a build killed midway are deleted by the next writer.
     * <p>
     * A meeting whose documents cannot be built or added (a bug met on unusual input) is left out with its reason
     * in {@link IndexCounters#leftOut()} and in the commit data ({@link #leftOut()}); every other meeting is indexed.
     *
     * @throws IOException when the index cannot be written; the previous index is then unchanged
     */
    public synchronized IndexCounters rebuild(AnnotatedCorpus corpus, CorpusEntities entities, BuildListener listener)
            throws IOException {
        return write(corpus, entities, listener, null, Inputs.UNKNOWN);
    }

    /** Brings the index to the corpus, in one commit; see {@link #update(AnnotatedCorpus, CorpusEntities, BuildListener)}. */
    public IndexCounters update(AnnotatedCorpus corpus, CorpusEntities entities) throws IOException {
        return update(corpus, entities, BuildListener.NONE);
    }

    /**
     * Brings the index to the corpus, in one commit, as {@link #update(AnnotatedCorpus, CorpusEntities,
     * BuildListener)} does, but without making the documents of a meeting whose inputs ({@link MeetingInputs}) are
     * those recorded at its last writing: the meeting as parsed, its entities and parties as the archive now
     * resolves them, and {@code annotationsKey}.
     *
     * @param annotationsKey what made the annotations (the models and the pipeline code, as the annotation cache keys
     *                       them): texts annotated under the same key are annotated alike
     */
    public synchronized IndexCounters update(AnnotatedCorpus corpus, CorpusEntities entities, String annotationsKey)
            throws IOException {
        return update(corpus, entities, BuildListener.NONE, annotationsKey);
    }

    /**
     * Brings the index to the corpus, writing only what changed, in one commit: every meeting's documents are made
     * (from the stored annotations: cheap beside writing them) and compared by {@link DocumentsHash} with those the
     * index holds; a meeting whose documents differ, or that is new, is replaced as one block, a meeting no longer in
     * the corpus (or left out this time) is deleted, and the others are not touched. The result is the index a
     * rebuild would make, but for the order of the documents. As atomic as {@link #rebuild}: searchers see the
     * previous commit until this one succeeds. An index without recorded fingerprints (made by older code) or of
     * another schema is rebuilt.
     */
    public synchronized IndexCounters update(AnnotatedCorpus corpus, CorpusEntities entities, BuildListener listener)
            throws IOException {
        return update(corpus, entities, listener, null);
    }

    private IndexCounters update(AnnotatedCorpus corpus, CorpusEntities entities, BuildListener listener,
                                 String annotationsKey) throws IOException {
        Map<String, String> data = commitData();
        Inputs inputs = annotationsKey == null ? Inputs.UNKNOWN
                : new Inputs(annotationsKey, decode(data.getOrDefault(INPUTS, "")));
        if (!schema().equals(data.get(SCHEMA)) || !data.containsKey(HASHES)) {
            return write(corpus, entities, listener, null, new Inputs(inputs.annotationsKey(), Map.of()));
        }
        return write(corpus, entities, listener, decode(data.get(HASHES)), inputs);
    }

    /**
     * What made the annotations ({@code annotationsKey}; null when unknown: no meeting's inputs are then recorded or
     * compared) and each meeting's inputs at its last writing (meeting id → "fingerprint items skipped").
     */
    private record Inputs(String annotationsKey, Map<String, String> recorded) {
        static final Inputs UNKNOWN = new Inputs(null, Map.of());
    }

    /**
     * Writes the corpus: every meeting anew when {@code indexed} is null (a rebuild), else only the meetings whose
     * documents differ from the fingerprints in {@code indexed} (an update).
     */
    private IndexCounters write(AnnotatedCorpus corpus, CorpusEntities entities, BuildListener listener,
                                Map<String, String> indexed, Inputs inputs) throws IOException {
        long start = System.nanoTime();
        // OpenMode.CREATE writes nothing until the first commit: the previous commit point stays valid (and is
        // what readers open) until commit() succeeds; an update's deletions and additions are likewise invisible
        // until then. Without commitOnClose(false), closing the writer after a failure would commit the partial
        // index over the good one, as it did before issue 10.
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer())
                .setOpenMode(indexed == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            Counts counts = new Counts(indexed);
            ItemParties parties = ItemParties.of(corpus.corpus().meetings(), entities);
            // Every meeting's inputs first, on all cores: in an update, a meeting whose inputs are those recorded with
            // its documents is passed over without making them (one task per meeting would cost more in hand-overs
            // than the check itself).
            ClosedTexts closed = corpus.corpus().closedTexts();
            List<PreparedMeeting> meetings = corpus.byMeeting().parallelStream()
                    .map(meeting -> prepare(meeting, entities, parties, closed, inputs, indexed)).toList();
            // Documents are made ahead on other threads (the terms come from the stored annotations, so making a
            // document is work of its own) while this thread adds them in corpus order: the index is the same,
            // document numbers included, as when each was made just before it was added.
            Deque<CompletableFuture<MeetingDocuments>> ahead = new ArrayDeque<>();
            try {
                int next = 0;
                while (next < meetings.size() || !ahead.isEmpty()) {
                    while (next < meetings.size() && ahead.size() < DOCUMENTS_AHEAD) {
                        PreparedMeeting meeting = meetings.get(next++);
                        ahead.add(meeting.needsDocuments()
                                ? CompletableFuture.supplyAsync(() -> documents(meeting, parties))
                                : CompletableFuture.completedFuture(documents(meeting, parties)));
                    }
                    MeetingDocuments documents = ahead.remove().join();
                    write(writer, documents, counts);
                    listener.meetingWritten(documents.meeting().id());
                }
            } finally {
                ahead.forEach(f -> f.cancel(false));
            }
            if (indexed != null) {
                for (String id : indexed.keySet()) {
                    if (!counts.hashes.containsKey(id)) {
                        writer.deleteDocuments(new Term(Fields.MEETING_ID, id)); // gone from the corpus, or left out
                        counts.removed++;
                    }
                }
            } else {
                // A whole index is merged into one segment before it is committed: a search then looks each of its
                // terms up once, not once per segment (a question searches eight fields for every lemma variant of
                // its words; at 10^5 items one segment for seven cut its median by a seventh, for 6 s of merging).
                // Updates add small segments, which Lucene's merge policy keeps few.
                writer.forceMerge(1);
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(FINGERPRINT, corpus.corpus().fingerprint());
            data.put(HASHES, encode(counts.hashes));
            if (inputs.annotationsKey() != null) {
                data.put(INPUTS, encode(counts.inputs));
            }
            data.put(SCHEMA, schema());
            data.put(BUILT_AT, Instant.now().toString());
            data.put(LEFT_OUT, encode(counts.leftOut));
            if (source != null) {
                data.put(SOURCE, source);
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            writer.close();
            // From here the new index is the index: caches keyed on the generation must not outlive it, even if
            // opening a searcher on it fails below.
            generation.incrementAndGet();
            refresh();
            return new IndexCounters(corpus.corpus().meetings().size() - counts.leftOut.size(), counts.items,
                    counts.headers, counts.skipped, (System.nanoTime() - start) / 1_000_000, counts.leftOut,
                    counts.written, counts.removed, counts.made);
        } catch (Throwable failure) {
            if (writer.isOpen()) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
            throw failure;
        }
    }

    /** What a build has written so far; for an update, what the index held before ({@code indexed}). */
    private static final class Counts {
        int items;
        int headers;
        int skipped;
        int written;
        int removed;
        int made;
        final Map<String, String> leftOut = new LinkedHashMap<>();
        /** The fingerprints of the meetings in the index after this build. */
        final Map<String, String> hashes = new LinkedHashMap<>();
        /** The inputs of the meetings in the index after this build, with their counts ("fingerprint items skipped"). */
        final Map<String, String> inputs = new LinkedHashMap<>();
        final Map<String, String> indexed;

        Counts(Map<String, String> indexed) {
            this.indexed = indexed;
        }
    }

    /** How many meetings' documents are made ahead of the one being added: enough to keep every core busy. */
    private static final int DOCUMENTS_AHEAD = 4 * Runtime.getRuntime().availableProcessors();

    /**
     * A document's inputs beside its texts, gathered once for the fingerprint and the document: its entities and its
     * persons' parties (what other meetings can change), and a closed item's text.
     */
    private record ItemInputs(AnnotatedItem item, ItemEntities entities, Set<Party> affiliated, String closedText) {
    }

    /**
     * A meeting's inputs, gathered before its documents are made: the header's entities and parties, each item's
     * {@link ItemInputs}, their fingerprint (null when the annotations' key is unknown) and, when it is the one
     * recorded with the meeting's documents in the index, what was recorded ("fingerprint items skipped");
     * {@code failure} is why the inputs could not be gathered (the meeting is then left out).
     */
    private record PreparedMeeting(AnnotatedCorpus.MeetingAnnotations annotations, ItemEntities headerEntities,
                                   Set<Party> headerAffiliated, List<ItemInputs> items, String fingerprint,
                                   String recorded, RuntimeException failure) {

        boolean needsDocuments() {
            return recorded == null && failure == null;
        }
    }

    private PreparedMeeting prepare(AnnotatedCorpus.MeetingAnnotations annotations, CorpusEntities entities,
                                    ItemParties parties, ClosedTexts closed, Inputs inputs, Map<String, String> indexed) {
        Meeting meeting = annotations.meeting();
        boolean hasHeader = annotations.header() != null;
        try {
            ItemEntities headerEntities = hasHeader ? entities.item(meeting.id(), 0).orElse(null) : null;
            Set<Party> headerAffiliated = hasHeader ? parties.affiliated(meeting, headerEntities) : Set.of();
            List<ItemInputs> items = new ArrayList<>();
            for (AnnotatedItem item : annotations.items()) {
                ItemEntities found = entities.item(meeting.id(), item.item().number()).orElse(null);
                items.add(new ItemInputs(item, found, parties.affiliated(meeting, found),
                        closed.text(meeting.id(), item.item().number()).orElse("")));
            }
            if (inputs.annotationsKey() == null) {
                return new PreparedMeeting(annotations, headerEntities, headerAffiliated, items, null, null, null);
            }
            MeetingInputs of = new MeetingInputs(schema(), inputs.annotationsKey(), meeting);
            if (hasHeader) {
                of.document(headerEntities, headerAffiliated, "");
            }
            items.forEach(i -> of.document(i.entities(), i.affiliated(), i.closedText()));
            String fingerprint = of.fingerprint();
            String recorded = inputs.recorded().get(meeting.id());
            boolean unchanged = recorded != null && recorded.startsWith(fingerprint + " ") && indexed != null
                    && indexed.containsKey(meeting.id());
            return new PreparedMeeting(annotations, headerEntities, headerAffiliated, items, fingerprint,
                    unchanged ? recorded : null, null);
        } catch (RuntimeException e) {
            return new PreparedMeeting(annotations, null, Set.of(), List.of(), null, null, e);
        }
    }

    /**
     * One meeting's documents, made ahead of adding them; {@code docs} is null when they were not made because the
     * meeting's inputs are those recorded with its documents in the index ({@code recorded}: "fingerprint items
     * skipped"). {@code inputs} is the meeting's {@link MeetingInputs} fingerprint, or null when the annotations' key
     * is unknown. {@code failure} is why the documents could not be made (the meeting is then left out),
     * {@code error} a failure that must fail the build.
     */
    private record MeetingDocuments(Meeting meeting, boolean hasHeader, List<Document> docs, int skipped,
                                    String inputs, String recorded, RuntimeException failure, Throwable error) {
    }

    private MeetingDocuments documents(PreparedMeeting prepared, ItemParties parties) {
        Meeting meeting = prepared.annotations().meeting();
        AnnotatedText header = prepared.annotations().header();
        if (prepared.failure() != null) {
            return new MeetingDocuments(meeting, header != null, List.of(), 0, null, null, prepared.failure(), null);
        }
        if (prepared.recorded() != null) {
            return new MeetingDocuments(meeting, header != null, null, 0, prepared.fingerprint(), prepared.recorded(),
                    null, null);
        }
        List<Document> docs = new ArrayList<>();
        int skipped = 0;
        try {
            if (header != null) {
                docs.add(generator.header(meeting, header, prepared.headerEntities(),
                        parties.header(header, prepared.headerAffiliated())));
            }
            for (ItemInputs item : prepared.items()) {
                try {
                    docs.add(generator.item(item.item(), item.entities(), parties.item(item.item(), item.affiliated()),
                            item.closedText()));
                } catch (EmptyItemException e) {
                    LOG.warn("skipped: {}", e.getMessage());
                    skipped++;
                }
            }
            // The header as written rides on the meeting's first document; a meeting without any document (no header
            // fields, no item) is not in the index, and its header as written is not answered from either.
            AnnotatedText headerSource = prepared.annotations().headerSource();
            if (headerSource != null && !docs.isEmpty()) {
                generator.addHeaderSentences(docs.get(0), meeting, headerSource);
            }
            return new MeetingDocuments(meeting, header != null, docs, skipped, prepared.fingerprint(), null, null, null);
        } catch (RuntimeException e) {
            return new MeetingDocuments(meeting, header != null, List.of(), skipped, null, null, e, null);
        } catch (IOException | Error e) {
            return new MeetingDocuments(meeting, header != null, List.of(), skipped, null, null, null, e);
        }
    }

    /**
     * Writes one meeting's documents as one block, or none of them when one fails (then the meeting is left out); in
     * an update, only when they differ from what the index holds, replacing the meeting's old block.
     */
    private static void write(IndexWriter writer, MeetingDocuments documents, Counts counts) throws IOException {
        Meeting meeting = documents.meeting();
        try {
            if (documents.error() instanceof IOException e) {
                throw e;
            }
            if (documents.error() instanceof Error e) {
                throw e;
            }
            if (documents.failure() != null) {
                throw documents.failure();
            }
            if (documents.docs() == null) {
                // inputs unchanged: the documents in the index are the ones these inputs make
                String[] recorded = documents.recorded().split(" ");
                int items = Integer.parseInt(recorded[1]);
                int skipped = Integer.parseInt(recorded[2]);
                counts.hashes.put(meeting.id(), counts.indexed.get(meeting.id()));
                counts.inputs.put(meeting.id(), documents.recorded());
                counts.headers += documents.hasHeader() ? 1 : 0;
                counts.items += items;
                counts.skipped += skipped;
                return;
            }
            counts.made++;
            // Non-aborting failures (a field indexed inconsistently, an immense term) delete the whole block;
            // anything that breaks the writer itself is tragic and fails the build below.
            String hash = DocumentsHash.of(documents.docs());
            if (counts.indexed == null) {
                writer.addDocuments(documents.docs());
                counts.written++;
            } else if (!hash.equals(counts.indexed.get(meeting.id()))) {
                writer.updateDocuments(new Term(Fields.MEETING_ID, meeting.id()), documents.docs());
                counts.written++;
            }
            counts.hashes.put(meeting.id(), hash);
        } catch (RuntimeException e) {
            if (writer.getTragicException() != null) {
                throw e;
            }
            LOG.warn("{} ({}) left out of the index", meeting.sourceFile(), meeting.id(), e);
            counts.leftOut.put(meeting.id(), MeetingFailures.reason(e));
            return;
        }
        int headers = documents.hasHeader() ? 1 : 0;
        counts.headers += headers;
        counts.items += documents.docs().size() - headers;
        counts.skipped += documents.skipped();
        if (documents.inputs() != null) {
            counts.inputs.put(meeting.id(), documents.inputs() + " " + (documents.docs().size() - headers) + " "
                    + documents.skipped());
        }
    }

    /**
     * The meetings the last committed build left out, with the reason for each (meeting id → reason); empty when
     * there is no index or nothing was left out.
     */
    public Map<String, String> leftOut() throws IOException {
        return decode(commitData().getOrDefault(LEFT_OUT, ""));
    }

    private static String encode(Map<String, String> leftOut) {
        StringBuilder text = new StringBuilder();
        leftOut.forEach((id, reason) -> text.append(id).append('\t').append(reason.replaceAll("[\t\n\r]", " ")).append('\n'));
        return text.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> leftOut = new LinkedHashMap<>();
        text.lines().filter(line -> line.contains("\t"))
                .forEach(line -> leftOut.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)));
        return leftOut;
    }

    /** Increases with every rebuild in this process; caches of search results key on it. */
    public long generation() {
        return generation.get();
    }

    public boolean exists() {
        return searchers != null;
    }

    public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("the index has not been built yet");
        }
        IndexSearcher acquired = manager.acquire();
        try {
            if (!RequestBudget.active()) {
                return function.apply(acquired);
            }
            // Within a request's time budget: a searcher of its own over the same reader (cheap) that stops
            // collecting when the budget is spent; a partial result is no answer, so the request is stopped.
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            searcher.setSimilarity(acquired.getSimilarity());
            searcher.setTimeout(RequestBudget::expired);
            T result = function.apply(searcher);
            if (searcher.timedOut()) {
                throw new RequestBudget.Exceeded();
            }
            return result;
        } finally {
            manager.release(acquired);
        }
    }

    /**
     * The stored {@code fields} of the live document that holds {@code term} (an id), read without a search; empty
     * when there is no such document or no index yet.
     */
    public Optional<Document> stored(Term term, Set<String> fields) throws IOException {
        if (!exists()) {
            return Optional.empty();
        }
        return withSearcher(searcher -> {
            int doc = LiveTerms.document(searcher.getIndexReader(), term);
            return doc < 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(doc, fields));
        });
    }

    /**
     * The binary doc value of {@code field} on the live document that {@code term} (an id) finds, copied; empty when
     * there is none.
     */
    public Optional<BytesRef> binaryValue(Term term, String field) throws IOException {
        if (!exists()) {
            return Optional.empty();
        }
        return withSearcher(searcher -> LiveTerms.binaryValue(searcher.getIndexReader(), term, field));
    }

    /** Number of documents (items and headers) visible to searchers. */
    public int documentCount() throws IOException {
        return exists() ? withSearcher(s -> s.getIndexReader().numDocs()) : 0;
    }

    private synchronized void refresh() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(directory, null);
        } else {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (owner != null) {
            owner.close();
            owner = null;
        }
        directory.close();
    }
}
