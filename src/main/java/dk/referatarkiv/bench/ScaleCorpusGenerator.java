package dk.referatarkiv.bench;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesParser;
import dk.referatarkiv.ingest.ParsedMinutes;
import dk.referatarkiv.ingest.Participant;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a corpus of about a requested number of agenda items for scale measurements, made from real minutes (the
 * templates): round after round, each template is copied with its dates moved by whole weeks, its persons renamed
 * from the names seen in all templates (each person one of a small roster, so people recur), its amounts scaled and, where the layout allows it, its items reordered. Every
 * copy is parsed before it is written: its meetings must have ids no earlier copy has (a second file of the same
 * meeting would be skipped by the loader), and its items are counted from that parse, so the corpus parses to the
 * count reported. Deterministic for a given seed and templates. Not thread-safe.
 */
public final class ScaleCorpusGenerator {

    /** Text layouts only: the generator edits text. */
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
    /** Dates move by up to 45 years back and 2 forward: a long history, with room for many copies per meeting. */
    private static final int MIN_WEEKS = -45 * 52;
    private static final int MAX_WEEKS = 2 * 52;
    /** New shifts to try when a copy's meeting id is taken. */
    private static final int ATTEMPTS = 20;
    /** A bound on rounds whatever happens (a template set that stops yielding new meetings ends earlier). */
    private static final int MAX_ROUNDS = 100_000;

    /** A minutes file to copy, with what the parser read from it. */
    private record Template(String label, String extension, String text, List<Meeting> meetings, List<String> names) {
        int items() {
            return meetings.stream().mapToInt(m -> m.items().size()).sum();
        }
    }

    /**
     * What was written.
     *
     * @param templates       the template files used
     * @param files           the files written
     * @param meetings        their meetings, as parsed
     * @param items           their agenda items, as parsed
     * @param bytes           their size in UTF-8
     * @param reordered       files whose items were reordered
     * @param datesMoved      dates moved; {@code datesLeft} could not be rewritten safely and were left as written
     * @param datesLeft       see {@code datesMoved}
     * @param namesSwapped    person names replaced (per file, distinct names)
     * @param amountsScaled   amounts of money changed
     * @param copiesDropped   copies given up because every date shift tried gave a meeting id already taken
     */
    public record Result(int templates, int files, int meetings, int items, long bytes, int reordered, int datesMoved,
                         int datesLeft, int namesSwapped, int amountsScaled, int copiesDropped) {
    }

    private final MinutesParser parser = new MinutesParser();
    private final List<Template> templates;
    private final NameSwapper names;
    private final long seed;

    /**
     * @param templateDirs directories of minutes files (text and markdown; other formats are not used); a directory
     *                     that does not exist is left out
     */
    public ScaleCorpusGenerator(List<Path> templateDirs, long seed) throws IOException {
        this.seed = seed;
        List<Template> found = new ArrayList<>();
        for (Path dir : templateDirs) {
            if (Files.isDirectory(dir)) {
                found.addAll(readTemplates(dir));
            }
        }
        if (found.isEmpty()) {
            throw new IOException("no minutes files (.txt, .md) to copy in " + templateDirs);
        }
        this.templates = List.copyOf(found);
        this.names = new NameSwapper(found.stream().flatMap(t -> t.names().stream()).toList(), seed);
    }

    /** The number of template files and the items they parse to. */
    public int templateCount() {
        return templates.size();
    }

    public int templateItems() {
        return templates.stream().mapToInt(Template::items).sum();
    }

    /**
     * Writes copies into {@code out} (created if missing; it should be empty) until they hold at least
     * {@code targetItems} items; the last copy may go over by its own items.
     */
    public Result generate(int targetItems, Path out) throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        Set<String> ids = new HashSet<>();
        Counts c = new Counts();
        for (int round = 0; c.items < targetItems && round < MAX_ROUNDS; round++) {
            List<Template> order = new ArrayList<>(templates);
            Collections.shuffle(order, random);
            int before = c.items;
            for (Template t : order) {
                if (c.items >= targetItems) {
                    break;
                }
                String copy = copy(t, random, ids, c);
                if (copy != null) {
                    String name = String.format(Locale.ROOT, "%06d-%s.%s", c.files, t.label(), t.extension());
                    byte[] bytes = copy.getBytes(StandardCharsets.UTF_8);
                    Files.write(out.resolve(name), bytes);
                    c.files++;
                    c.bytes += bytes.length;
                }
            }
            if (c.items == before) {
                break; // no template yields a new meeting any more
            }
        }
        return new Result(templates.size(), c.files, c.meetings, c.items, c.bytes, c.reordered, c.datesMoved,
                c.datesLeft, c.namesSwapped, c.amountsScaled, c.dropped);
    }

    /** One varied copy of a template, or null when no date shift gave it meeting ids of its own. */
    private String copy(Template t, Random random, Set<String> ids, Counts c) {
        String text = t.text();
        boolean reordered = false;
        if (t.meetings().size() == 1) {
            var r = ItemReorderer.reorder(text, t.meetings().get(0), random);
            if (r.isPresent() && titles(parser.parse(t.label(), r.get().text())).equals(List.of(r.get().titles()))) {
                text = r.get().text();
                reordered = true;
            }
        }
        NameSwapper.Swapped swapped = names.swap(text, t.names(), random);
        AmountVariation.Varied varied = AmountVariation.vary(swapped.text(), random);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int weeks = MIN_WEEKS + random.nextInt(MAX_WEEKS - MIN_WEEKS + 1);
            DateShifter.Shifted shifted = DateShifter.shift(varied.text(), weeks);
            ParsedMinutes parsed = parser.parse(t.label(), shifted.text());
            List<String> copyIds = parsed.meetings().stream().map(Meeting::id).toList();
            if (copyIds.stream().anyMatch(ids::contains) || new HashSet<>(copyIds).size() < copyIds.size()) {
                continue;
            }
            ids.addAll(copyIds);
            c.meetings += parsed.meetings().size();
            c.items += parsed.meetings().stream().mapToInt(m -> m.items().size()).sum();
            c.reordered += reordered ? 1 : 0;
            c.datesMoved += shifted.moved();
            c.datesLeft += shifted.leftAsWritten();
            c.namesSwapped += swapped.names();
            c.amountsScaled += varied.amounts();
            return shifted.text();
        }
        c.dropped++;
        return null;
    }

    /** Item titles per meeting, as parsed. */
    private static List<List<String>> titles(ParsedMinutes parsed) {
        return parsed.meetings().stream().map(m -> m.items().stream().map(AgendaItem::title).toList()).toList();
    }

    private List<Template> readTemplates(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(ScaleCorpusGenerator::isText).sorted().toList();
        }
        List<Template> found = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                continue; // not UTF-8: the generator writes UTF-8 and would change the text's bytes unasked
            }
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            String label = fileName.substring(0, dot);
            ParsedMinutes parsed = parser.parse(fileName, text);
            List<String> people = parsed.meetings().stream().flatMap(m -> m.participants().stream())
                    .map(Participant::name).distinct().toList();
            found.add(new Template(label, fileName.substring(dot + 1), text, parsed.meetings(), people));
        }
        return found;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static final class Counts {
        int files;
        int meetings;
        int items;
        long bytes;
        int reordered;
        int datesMoved;
        int datesLeft;
        int namesSwapped;
        int amountsScaled;
        int dropped;
    }
}
