package dk.referatarkiv.index;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
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
import java.util.Optional;
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
    private final Analyzer analyzer;
    private final ItemDocumentGenerator generator = new ItemDocumentGenerator();
    private final AtomicLong generation = new AtomicLong();
    private volatile SearcherManager searchers;

    /** A function run with a searcher that is released afterwards. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private ArchiveIndex(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        this.analyzer = analyzer;
    }

    /** Opens (or prepares to create) the index in {@code path}. */
    public static ArchiveIndex open(Path path, Analyzer analyzer) throws IOException {
        Files.createDirectories(path);
        ArchiveIndex index = new ArchiveIndex(FSDirectory.open(path), analyzer);
        if (DirectoryReader.indexExists(index.directory)) {
            index.searchers = new SearcherManager(index.directory, null);
        }
        return index;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** True when the index exists and was built from a corpus with this fingerprint by this schema version. */
    public boolean isCurrent(String corpusFingerprint) throws IOException {
        Map<String, String> data = commitData();
        return corpusFingerprint.equals(data.get(FINGERPRINT)) && Fields.SCHEMA_VERSION.equals(data.get(SCHEMA));
    }

    /** The commit data of the last build, empty when there is no index. */
    public Map<String, String> commitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    /** Replaces the whole index with the corpus, in one commit. */
    public synchronized IndexCounters rebuild(Corpus corpus) throws IOException {
        long start = System.nanoTime();
        int items = 0;
        int headers = 0;
        int skipped = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Meeting meeting : corpus.meetings()) {
                try {
                    add(writer, generator.header(meeting));
                    headers++;
                } catch (EmptyItemException e) {
                    LOG.debug("no header document: {}", e.getMessage());
                }
                for (AgendaItem item : meeting.items()) {
                    try {
                        add(writer, generator.item(meeting, item));
                        items++;
                    } catch (EmptyItemException e) {
                        LOG.warn("skipped: {}", e.getMessage());
                        skipped++;
                    }
                }
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, corpus.fingerprint(), SCHEMA, Fields.SCHEMA_VERSION,
                    "builtAt", Instant.now().toString()).entrySet());
            writer.commit();
        }
        refresh();
        generation.incrementAndGet();
        return new IndexCounters(corpus.meetings().size(), items, headers, skipped, (System.nanoTime() - start) / 1_000_000);
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

    /** The stored document with the given id. */
    public Optional<Document> document(String id) throws IOException {
        return withSearcher(s -> {
            var top = s.search(new org.apache.lucene.search.TermQuery(new Term(Fields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        });
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
