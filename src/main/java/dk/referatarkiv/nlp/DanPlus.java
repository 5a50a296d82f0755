package dk.referatarkiv.nlp;

import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads DaN+ (Plank et al. 2020) TSV files: one token per line with two levels of BIO entity tags, a blank line
 * between sentences. The news split is UD Danish-DDT's text, so its train part adds the 4,382 sentences of DDT train
 * that have no POS here.
 */
public final class DanPlus {

    /** One sentence: tokens and their first-level entity tags. */
    public record Sentence(String[] tokens, String[] tags) {
    }

    private DanPlus() {
    }

    public static List<Sentence> read(Path tsv) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                flush(tokens, tags, sentences);
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IOException(tsv + ":" + number + ": expected token<TAB>tag");
            }
            tokens.add(cols[0]);
            tags.add(cols[1]);
        }
        flush(tokens, tags, sentences);
        return sentences;
    }

    /** Running text with gold sentence spans, {@code perSample} sentences at a time, for the sentence detector. */
    public static List<SentenceSample> sentenceSamples(List<Sentence> sentences, int perSample) {
        List<SentenceSample> samples = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += perSample) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (int k = i; k < Math.min(i + perSample, sentences.size()); k++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(Detokenizer.join(sentences.get(k).tokens()));
                spans.add(new Span(start, text.length()));
            }
            samples.add(new SentenceSample(text.toString(), spans.toArray(Span[]::new)));
        }
        return samples;
    }

    /** Entity types of the first level that the name finder learns; parts and derivations count as no entity. */
    public static final java.util.Set<String> TYPES = java.util.Set.of("PER", "ORG", "LOC", "MISC");

    /** Name-finder samples: first-level {@link #TYPES} entities; {@code -part} and {@code -deriv} tags count as O. */
    public static List<opennlp.tools.namefind.NameSample> nameSamples(List<Sentence> sentences) {
        List<opennlp.tools.namefind.NameSample> samples = new ArrayList<>();
        for (Sentence s : sentences) {
            samples.add(new opennlp.tools.namefind.NameSample(s.tokens(), spans(s.tags()), samples.isEmpty()));
        }
        return samples;
    }

    /** The entity spans of BIO tags, typed. */
    public static Span[] spans(String[] tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            String tagType = tag.length() > 2 ? tag.substring(2) : "";
            boolean inside = tag.startsWith("I-") && tagType.equals(type);
            if (start >= 0 && !inside) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if ((tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) && TYPES.contains(tagType)) {
                start = i;
                type = tagType;
            }
        }
        return spans.toArray(Span[]::new);
    }

    private static void flush(List<String> tokens, List<String> tags, List<Sentence> out) {
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens.toArray(String[]::new), tags.toArray(String[]::new)));
            tokens.clear();
            tags.clear();
        }
    }
}
