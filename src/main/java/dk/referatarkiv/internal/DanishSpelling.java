package dk.referatarkiv.internal;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * The Danish spelling dictionary of Stavekontrolden (Hunspell's {@code da_DK}, as shipped in LanguageTool's
 * {@code language-da} jar), read by Lucene's Hunspell: whether a word is spelt as Danish writes it, inflections and
 * compounds included. The morphological dictionary ({@link DanishLexicon}) lacks many forms (participles such as
 * "valgt", "bevilget"; "hvilket"), so it cannot tell a misspelt word from a correct one; this one can.
 *
 * <p>Reading it takes about a second and 12 MB, so it is read once per process on a thread of its own, from the first
 * {@link #preload()} or {@link #spelt} on. Thread-safe.
 */
public final class DanishSpelling {

    private static final String DIRECTORY = "/org/languagetool/resource/da/hunspell/";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DanishSpelling.class);

    private static final class Holder {
        /** The dictionary, or null when it could not be read (then every word counts as spelt: nothing is corrected). */
        static final CompletableFuture<Hunspell> LOADED = CompletableFuture.supplyAsync(DanishSpelling::load)
                .exceptionally(e -> {
                    LOG.warn("the Danish spelling dictionary could not be read; questions are not spell-corrected", e);
                    return null;
                });
    }

    private DanishSpelling() {
    }

    /** Starts reading the dictionary, if it is not read or being read yet, and returns at once. */
    public static void preload() {
        Holder.LOADED.isDone(); // touching the holder starts the read
    }

    /**
     * Whether the word, as written, is correct Danish (waits for the dictionary the first time); true for every word
     * when the dictionary could not be read.
     */
    public static boolean spelt(String word) {
        Hunspell dictionary = Holder.LOADED.join();
        return dictionary == null || !word.isEmpty() && dictionary.spell(word);
    }

    private static Hunspell load() {
        try (InputStream affix = open("da_DK.aff"); InputStream words = open("da_DK.dic")) {
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "da_DK", affix, words));
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("the Danish spelling dictionary cannot be read", e));
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = DanishSpelling.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IOException("missing resource " + DIRECTORY + name);
        }
        return in;
    }
}
