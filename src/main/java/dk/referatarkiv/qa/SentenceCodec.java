package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityFormat;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The binary form of an item's prepared sentences as the index stores them: the item's place (meeting, date, number,
 * title) and recommender once, then each sentence with its lemma sets, entities and content tokens. One string table
 * per item, so the words an item repeats (its title's lemmas in every context, a section's name) cost a byte or two.
 * Sets are read back in the order they were written, so a sentence read back iterates its words as the prepared one
 * did; they are read-only, since the sentences read back are shared between requests. Stateless.
 */
final class SentenceCodec {

    /** The first byte: a stored form this code does not know is refused, never misread. */
    private static final int FORMAT = 1;
    private static final int MAX_COUNT = 1 << 20;

    /** An item's sentences read back, and who recommends the item as the minutes write it (empty when none). */
    record Item(String recommender, List<IndexedSentence> sentences) {
    }

    private SentenceCodec() {
    }

    /** @param sentences the sentences of one item (or header): one meeting, item number and title */
    static byte[] encode(String recommender, List<IndexedSentence> sentences) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 128 * sentences.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            StringsOut strings = new StringsOut();
            out.writeByte(FORMAT);
            IndexedSentence first = sentences.isEmpty() ? null : sentences.get(0);
            for (IndexedSentence other : sentences) {
                if (!other.meetingId().equals(first.meetingId()) || other.item() != first.item()
                        || !other.title().equals(first.title())
                        || !Objects.equals(other.meetingDate(), first.meetingDate())) {
                    throw new IllegalArgumentException("the sentences of one item only: " + first.meetingId() + "#"
                            + first.item() + " and " + other.meetingId() + "#" + other.item());
                }
            }
            strings.write(out, first == null ? "" : first.meetingId());
            CacheFiles.writeDate(out, first == null ? null : first.meetingDate());
            CacheFiles.writeVarInt(out, first == null ? 0 : first.item());
            strings.write(out, first == null ? "" : first.title());
            strings.write(out, recommender);
            CacheFiles.writeList(out, sentences, s -> {
                strings.write(out, s.section());
                strings.write(out, s.sectionName());
                CacheFiles.writeVarInt(out, s.position());
                strings.write(out, s.text());
                CacheFiles.writeVarInt(out, s.start());
                CacheFiles.writeVarInt(out, s.end());
                writeSet(out, s.lemmas(), strings);
                writeSet(out, s.context(), strings);
                writeSet(out, s.titleLemmas(), strings);
                EntityFormat.write(out, s.entities(), strings);
                CacheFiles.writeList(out, s.tokens(), t -> {
                    CacheFiles.writeVarInt(out, t.start());
                    CacheFiles.writeVarInt(out, t.end());
                    writeSet(out, t.variants(), strings);
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not an item's sentences in this form */
    static Item decode(byte[] bytes, int offset, int length) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("stored sentences of format " + format + ", not " + FORMAT + "; rebuild the index");
        }
        StringsIn strings = new StringsIn();
        String meetingId = strings.read(in);
        LocalDate date = CacheFiles.readDate(in);
        int item = CacheFiles.readVarInt(in);
        String title = strings.read(in);
        String recommender = strings.read(in);
        // a loop of its own, not a list reader: each sentence shares its title's lemmas with the one before
        int n = CacheFiles.readCount(in, MAX_COUNT);
        List<IndexedSentence> sentences = new ArrayList<>(n);
        Set<String> sharedTitleLemmas = Set.of();
        for (int i = 0; i < n; i++) {
            String section = strings.read(in);
            String sectionName = strings.read(in);
            int position = CacheFiles.readVarInt(in);
            String text = strings.read(in);
            int start = CacheFiles.readVarInt(in);
            int end = CacheFiles.readVarInt(in);
            Set<String> lemmas = readSet(in, strings);
            Set<String> context = readSet(in, strings);
            Set<String> titleLemmas = readSet(in, strings);
            if (titleLemmas.equals(sharedTitleLemmas)) {
                titleLemmas = sharedTitleLemmas; // every sentence of an item has its title's: one set per item
            }
            sharedTitleLemmas = titleLemmas;
            List<Entity> entities = EntityFormat.read(in, strings);
            List<IndexedSentence.TokenLemmas> tokens = CacheFiles.readList(in, MAX_COUNT,
                    () -> new IndexedSentence.TokenLemmas(CacheFiles.readVarInt(in), CacheFiles.readVarInt(in),
                            readSet(in, strings)));
            sentences.add(new IndexedSentence(meetingId, date, item, title, section, sectionName, position, text,
                    start, end, lemmas, context, titleLemmas, entities, List.copyOf(tokens)));
        }
        return new Item(recommender, List.copyOf(sentences));
    }

    private static void writeSet(DataOutputStream out, Set<String> set, StringsOut strings) throws IOException {
        CacheFiles.writeVarInt(out, set.size());
        for (String s : set) {
            strings.write(out, s);
        }
    }

    /** A read-only set in the order written; the common empty and one-word sets without a table of their own. */
    private static Set<String> readSet(DataInputStream in, StringsIn strings) throws IOException {
        int n = CacheFiles.readCount(in, MAX_COUNT);
        if (n == 0) {
            return Collections.emptySet();
        }
        if (n == 1) {
            return Collections.singleton(strings.read(in));
        }
        Set<String> set = new LinkedHashSet<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            set.add(strings.read(in));
        }
        return Collections.unmodifiableSet(set);
    }
}
