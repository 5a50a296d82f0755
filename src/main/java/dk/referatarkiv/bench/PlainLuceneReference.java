package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference a search engine is compared with: each agenda item's title and section texts in one field analysed
 * by Lucene's {@link StandardAnalyzer}, an id stored beside it, and queries parsed by the classic query parser (OR of
 * the words, quoted phrases, a leading minus excludes), the top 10 hits fetched with their ids. No lemmas, entities,
 * facets, snippets or filters. Build with {@link #build}, or open a built one with {@link #open}; searching is
 * thread-safe.
 */
public final class PlainLuceneReference implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final int TOP = 10;

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final long buildMillis;
    private final int documents;

    private PlainLuceneReference(Directory directory, long buildMillis) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.buildMillis = buildMillis;
        this.documents = reader.numDocs();
    }

    /** Opens an index that {@link #build} wrote in {@code dir} (its build time is then unknown: -1). */
    public static PlainLuceneReference open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no plain index here");
        }
        return new PlainLuceneReference(FSDirectory.open(dir), -1);
    }

    /** Indexes every item of the corpus into a new index in {@code dir}; the time covers analysis, writing and commit. */
    public static PlainLuceneReference build(Corpus corpus, Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        long start = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Meeting meeting : corpus.meetings()) {
                for (AgendaItem item : meeting.items()) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, meeting.id() + "#" + item.number()));
                    doc.add(new TextField(TEXT, text(item), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        return new PlainLuceneReference(directory, (System.nanoTime() - start) / 1_000_000);
    }

    private static String text(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.title());
        item.sections().stream().map(Section::text).forEach(parts::add);
        return String.join("\n\n", parts);
    }

    public long buildMillis() {
        return buildMillis;
    }

    public int documents() {
        return documents;
    }

    /**
     * Parses and runs one query as written by a user (only quotes and a leading minus have a meaning, as in the
     * application); returns the ids of the top hits.
     */
    public List<String> search(String userQuery) throws IOException {
        Query query;
        try {
            query = new QueryParser(TEXT, analyzer).parse(QueryParser.escape(userQuery)
                    .replace("\\\"", "\"").replace("\\-", "-"));
        } catch (ParseException e) {
            throw new IOException("plain Lucene cannot parse '" + userQuery + "': " + e.getMessage(), e);
        }
        TopDocs top = searcher.search(query, TOP);
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(stored.document(hit.doc).get(ID));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
