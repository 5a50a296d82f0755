package dk.referatarkiv.nlp;

import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.formats.conllu.ConlluWordLine;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U treebank files with OpenNLP's reader. */
public final class Conllu {

    private Conllu() {
    }

    /** Every sentence of the files, in order. Multi-word token lines are skipped (UD Danish has none). */
    public static List<ConlluSentence> read(List<Path> files) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("CoNLL-U file not found: " + file.toAbsolutePath());
            }
            InputStreamFactory in = () -> Files.newInputStream(file);
            try (ConlluStream stream = new ConlluStream(in)) {
                for (ConlluSentence s = stream.read(); s != null; s = stream.read()) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    /** The sentences as a re-readable OpenNLP stream, for the trainers. */
    public static ObjectStream<ConlluSentence> stream(List<ConlluSentence> sentences) {
        return ObjectStreamUtils.createObjectStream(sentences);
    }

    public static String[] forms(ConlluSentence sentence) {
        return sentence.getWordLines().stream().map(ConlluWordLine::getForm).toArray(String[]::new);
    }

    public static String[] upos(ConlluSentence sentence) {
        return sentence.getWordLines().stream().map(w -> w.getPosTag(ConlluTagset.U)).toArray(String[]::new);
    }

    public static String[] lemmas(ConlluSentence sentence) {
        return sentence.getWordLines().stream().map(ConlluWordLine::getLemma).toArray(String[]::new);
    }
}
