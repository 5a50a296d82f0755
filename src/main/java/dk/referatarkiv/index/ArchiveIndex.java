package dk.referatarkiv.index;

import dk.referatarkiv.entities.CorpusEntities;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The on-disk Lucene index of the archive. A rebuild writes every document and commits once, so searchers, which
 * only ever see commits, never see a half-built index; searches run concurrently with a rebuild. Thread-safe.
 */
public final class ArchiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);
    private static final String FINGERPRINT = "corpusFingerprint";
    private static final String SCHEMA = "schemaVersion";

    private final Directory directory;
    private final TextAnalysis analysis;
    private final ItemDocumentGenerator generator;
    private final AtomicLong generation = new AtomicLong();
    private volatile SearcherManager searchers;

    /** A function run with a searcher that is released afterwards. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private ArchiveIndex(Directory directory, TextAnalysis analysis) {
        this.directory = directory;
        this.analysis = analysis;
        this.generator = new ItemDocumentGenerator(analysis);
    }

    /** Opens (or prepares to create) the index in {@code path}. */
    public static ArchiveIndex open(Path path, TextAnalysis analysis) throws IOException {
        Files.createDirectories(path);
        ArchiveIndex index = new ArchiveIndex(FSDirectory.open(path), analysis);
        if (DirectoryReader.indexExists(index.directory)) {
            index.searchers = new SearcherManager(index.directory, null);
        }
        return index;
    }

    /** The analyzer for queries against this index. */
    public Analyzer analyzer() {
        return analysis.analyzer();
    }

    /**
     * True when the index exists and was built from a corpus with this fingerprint, by this schema version and this
     * analysis.
     */
    public boolean isCurrent(String corpusFingerprint) throws IOException {
        Map<String, String> data = commitData();
        return corpusFingerprint.equals(data.get(FINGERPRINT)) && schema().equals(data.get(SCHEMA));
    }

    private String schema() {
        return Fields.SCHEMA_VERSION + "/" + analysis.name();
    }

    /** The commit data of the last build, empty when there is no index. */
    public Map<String, String> commitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    /** Replaces the whole index with the corpus, in one commit. */
    public synchronized IndexCounters rebuild(AnnotatedCorpus corpus, CorpusEntities entities) throws IOException {
        long start = System.nanoTime();
        int items = 0;
        int headers = 0;
        int skipped = 0;
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (var meeting : corpus.corpus().meetings()) {
                AnnotatedText header = corpus.headers().get(meeting.id());
                if (header != null) {
                    add(writer, generator.header(meeting, header, entities.item(meeting.id(), 0).orElse(null)));
                    headers++;
                }
            }
            for (AnnotatedItem item : corpus.items()) {
                try {
                    add(writer, generator.item(item, entities.item(item.meeting().id(), item.item().number()).orElse(null)));
                    items++;
                } catch (EmptyItemException e) {
                    LOG.warn("skipped: {}", e.getMessage());
                    skipped++;
                }
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, corpus.corpus().fingerprint(), SCHEMA, schema(),
                    "builtAt", Instant.now().toString()).entrySet());
            writer.commit();
        }
        refresh();
        generation.incrementAndGet();
        return new IndexCounters(corpus.corpus().meetings().size(), items, headers, skipped,
                (System.nanoTime() - start) / 1_000_000);
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
        IndexSearcher searcher = manager.acquire();
        try {
            return function.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Number of documents (items and headers) visible to searchers. */
    public int documentCount() throws IOException {
        return exists() ? withSearcher(s -> s.getIndexReader().numDocs()) : 0;
    }

    private static void add(IndexWriter writer, Document doc) throws IOException {
        writer.updateDocument(new Term(Fields.ID, doc.get(Fields.ID)), doc);
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
        directory.close();
    }
}
