package dk.referatarkiv.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@code bench scale} run, printed as a table and written as JSON. A stage that did not finish
 * says so in its {@code status} ("ok", "timed out after …", "failed: …", "skipped: …"); its figures are then
 * partial or absent (null, or -1 for a memory figure that could not be read). Immutable.
 *
 * @param date       the day of the run (ISO)
 * @param corpus     the corpus as the loader read it back
 * @param plainHttp1 the plain reference behind HTTP in its own JVM ({@link PlainLuceneServer}), one client; null when
 *                   it did not run (as {@code plainHttp8}, eight clients); the notes say why
 * @param notes      what a reader of the figures should know (how they were measured, what is left out)
 */
public record ScaleReport(String date, Machine machine, ScaleCorpusGenerator.Result generated, CorpusRead corpus,
                          IndexStage index, PlainIndex plainIndex, ServerFigures server, Latencies plainSearch1,
                          Latencies plainSearch8, Latencies plainHttp1, Latencies plainHttp8,
                          Latencies oursInProcess1, Latencies oursInProcess8,
                          List<String> notes) {

    /**
     * The machine: cores and memory seen by the JVM, the child JVMs' {@code -Xmx}, and the one-minute load average
     * when the run began (other work on the machine; -1 where unknown).
     */
    public record Machine(int cores, long memoryMb, String java, String os, String childHeap, double loadAverage) {
    }

    /** The generated corpus loaded by {@code ingest/CorpusLoader}: what the index command will see. */
    public record CorpusRead(int files, int skippedFiles, int meetings, int items, long kilobytes, double loadSeconds) {
    }

    /**
     * The {@code index} command in its own JVM.
     *
     * @param wallSeconds    from process start to exit (JVM start and model loading included)
     * @param commandSeconds the time the command prints for itself (from reading the corpus to the last commit)
     * @param items          the items the command reports as indexed
     * @param peakRssKb      the peak resident set, read every 200 ms
     */
    public record IndexStage(String status, double wallSeconds, double commandSeconds, int items, long peakRssKb) {
        public double itemsPerSecond() {
            return wallSeconds > 0 ? items / wallSeconds : Double.NaN;
        }
    }

    /** The plain-Lucene reference index: its build time (analysis, writing, commit) and documents. */
    public record PlainIndex(double seconds, int documents) {
    }

    /**
     * The {@code serve} command in its own JVM with the index current.
     *
     * @param startupSeconds  from process start until {@code /api/search} first answers 200
     * @param startupLog      the server's own line on what start-up spent its time on
     * @param rssAfterStartKb resident set after start; then after the one-client searches (warm-up included), after
     *                        the eight-client searches and after the questions; {@code peakRssKb} the peak (VmHWM)
     * @param askCold         the first questions after start, before the JIT has compiled the answerer
     * @param askWarmup       how many questions (others than the timed ones, and those with their years moved) were
     *                        asked before the timed ones, the cold ones included
     */
    public record ServerFigures(String status, double startupSeconds, String startupLog, long rssAfterStartKb,
                                int searchesBeforeSecondRss, long rssAfterSearchesKb, long rssAfterConcurrentKb,
                                long rssAfterAsksKb, long peakRssKb, Latencies search1, Latencies search8,
                                Latencies askCold, int askWarmup, Latencies askUncached) {
    }

    public void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    public void print(PrintStream out) {
        out.println();
        out.printf("| bench scale, %s | |%n", date);
        out.println("|---|---|");
        row(out, "machine", String.format(Locale.ROOT, "%d cores, %,d MB RAM, Java %s, %s; child JVMs -Xmx%s; load "
                        + "average %.1f at the start", machine.cores(), machine.memoryMb(), machine.java(), machine.os(),
                machine.childHeap(), machine.loadAverage()));
        row(out, "corpus (generated, read back)", String.format(Locale.ROOT,
                "%,d files, %,d meetings, **%,d items**, %,d kB (%d skipped files; from %d templates; %d files with "
                        + "items reordered; read in %.1f s)", corpus.files(), corpus.meetings(), corpus.items(),
                corpus.kilobytes(), corpus.skippedFiles(), generated.templates(), generated.reordered(),
                corpus.loadSeconds()));
        row(out, "`index` (own JVM; parse, NLP, entities, Lucene)", index.status().equals("ok")
                ? String.format(Locale.ROOT, "%.1f s wall, **%.1f items/s** (%,d items; the command's own time "
                        + "%.1f s); peak RSS %s", index.wallSeconds(), index.itemsPerSecond(), index.items(),
                index.commandSeconds(), mb(index.peakRssKb()))
                : index.status());
        if (server != null) {
            row(out, "server start-up, index current, until /api/search answers", server.status().equals("ok")
                    || server.startupSeconds() > 0 ? String.format(Locale.ROOT, "**%.1f s** (its start-up "
                    + "work: %s)", server.startupSeconds(), server.startupLog()) : server.status());
            row(out, "server RSS", String.format(Locale.ROOT, "after start %s; after %,d searches %s; after 8-client "
                            + "searches %s; after the questions %s; peak %s", mb(server.rssAfterStartKb()),
                    server.searchesBeforeSecondRss(), mb(server.rssAfterSearchesKb()), mb(server.rssAfterConcurrentKb()),
                    mb(server.rssAfterAsksKb()), mb(server.peakRssKb())));
            row(out, "`/api/search` over HTTP, 1 client", latencies(server.search1()));
            row(out, "`/api/search` over HTTP, 8 clients", latencies(server.search8()));
            row(out, "`/api/ask` over HTTP, uncached, 1 client: the first questions after start (cold)",
                    latencies(server.askCold()));
            row(out, String.format(Locale.ROOT, "`/api/ask` over HTTP, uncached (each question once), 1 client, after "
                    + "%d warm-up questions (others, and those with their years moved)", server.askWarmup()),
                    latencies(server.askUncached()));
            if (!server.status().equals("ok")) {
                row(out, "server status", server.status());
            }
        }
        row(out, "plain Lucene index (StandardAnalyzer, one field, same items)", plainIndex == null ? "not run"
                : String.format(Locale.ROOT, "%.2f s, %,.0f items/s (%,d documents)", plainIndex.seconds(),
                plainIndex.documents() / plainIndex.seconds(), plainIndex.documents()));
        row(out, "plain Lucene search in process, 1 thread", latencies(plainSearch1));
        row(out, "plain Lucene search in process, 8 threads", latencies(plainSearch8));
        row(out, "plain Lucene search over HTTP (own JVM, same server stack), 1 client", latencies(plainHttp1));
        row(out, "plain Lucene search over HTTP, 8 clients", latencies(plainHttp8));
        row(out, "our search in process (lemmas, facets, snippets; the same words), 1 thread",
                latencies(oursInProcess1));
        row(out, "our search in process, 8 threads", latencies(oursInProcess8));
        row(out, "ratio ours / plain", ratios());
        for (String note : notes) {
            out.println("note: " + note);
        }
    }

    private String ratios() {
        StringBuilder r = new StringBuilder();
        if (index.status().equals("ok") && plainIndex != null) {
            r.append(String.format(Locale.ROOT, "index time %.0f× (command's own time / plain)",
                    index.commandSeconds() / plainIndex.seconds()));
        }
        if (server != null) {
            ratio(r, "search over HTTP, 1 client", server.search1(), plainHttp1);
            ratio(r, "search over HTTP, 8 clients", server.search8(), plainHttp8);
        }
        ratio(r, "search in process, 1 thread", oursInProcess1, plainSearch1);
        ratio(r, "search in process, 8 threads", oursInProcess8, plainSearch8);
        return r.isEmpty() ? "n/a" : r.toString();
    }

    private static void ratio(StringBuilder r, String label, Latencies ours, Latencies plain) {
        if (ours == null || plain == null || ours.requests() == 0 || plain.requests() == 0) {
            return;
        }
        r.append(r.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "%s: median %.1f×, p99 %.1f×", label,
                ours.p50() / plain.p50(), ours.p99() / plain.p99()));
    }

    private static String latencies(Latencies l) {
        if (l == null) {
            return "not run";
        }
        if (l.requests() == 0) {
            return "no request finished";
        }
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms, max %.1f ms; %,d requests, %.0f/s%s",
                l.p50(), l.p99(), l.max(), l.requests(), l.perSecond(), l.complete() ? "" : " (stopped at the time limit)");
    }

    private static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", kb / 1024);
    }

    private static void row(PrintStream out, String what, String figure) {
        out.printf("| %s | %s |%n", what, figure);
    }
}
