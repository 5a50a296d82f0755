package dk.referatarkiv.nlp;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences. Every line is its own block (minutes put bullets, table rows, headings and numbered
 * recommendations on lines of their own); within a line, OpenNLP's trained {@code SentenceDetectorME} proposes the
 * ends, and a proposal is withdrawn when it falls inside a protected span (numbers, dates, journal numbers), right after
 * an abbreviation that precedes what it abbreviates ({@code jf.}, {@code d.}, {@code kl.}), or before a word in lower
 * case or a digit. Thread-safe.
 */
public final class DanishSentenceSplitter {

    private final ThreadSafeSentenceDetectorME model;

    public DanishSentenceSplitter(SentenceModel model) {
        this.model = new ThreadSafeSentenceDetectorME(model);
    }

    /** Sentence spans of {@code text}, trimmed, relative to it. */
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            splitLine(text, lineStart, lineEnd, sentences);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        List<Span> protectedSpans = ProtectedSpans.find(line);
        Span[] proposed = model.sentPosDetect(line);
        int start = -1;
        for (int i = 0; i < proposed.length; i++) {
            if (start < 0) {
                start = proposed[i].getStart();
            }
            boolean last = i == proposed.length - 1;
            if (last || keepsBoundary(line, proposed[i].getEnd(), proposed[i + 1].getStart(), protectedSpans)) {
                add(text, from + start, from + proposed[i].getEnd(), out);
                start = -1;
            }
        }
        if (proposed.length == 0) {
            add(text, from, to, out);
        } else if (proposed[proposed.length - 1].getEnd() < line.stripTrailing().length()) {
            add(text, from + proposed[proposed.length - 1].getEnd(), to, out);
        }
    }

    static boolean keepsBoundary(String line, int end, int nextStart, List<Span> protectedSpans) {
        if (ProtectedSpans.covers(protectedSpans, end) && !endsWithFinalAbbreviation(line, end, nextStart)) {
            return false;
        }
        if (nextStart >= line.length()) {
            return true;
        }
        char next = line.charAt(nextStart);
        return !(Character.isLowerCase(next) || Character.isDigit(next) && endsWithDot(line, end) && isOrdinal(line, nextStart));
    }

    /** An abbreviation such as "kr." may end a sentence when a capitalised word follows. */
    private static boolean endsWithFinalAbbreviation(String line, int end, int nextStart) {
        int wordStart = end;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, end).toLowerCase(Locale.ROOT);
        boolean mayEnd = DanishAbbreviations.MAY_END_SENTENCE.stream().anyMatch(word::endsWith);
        return mayEnd && nextStart < line.length() && Character.isUpperCase(line.charAt(nextStart));
    }

    private static boolean endsWithDot(String line, int end) {
        return end > 0 && line.charAt(end - 1) == '.';
    }

    /** "14. februar", "1. at": a number with a full stop continues the sentence. */
    private static boolean isOrdinal(String line, int start) {
        int i = start;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '.' && i + 1 < line.length()
                && Character.isLowerCase(nextLetter(line, i + 1));
    }

    private static char nextLetter(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
