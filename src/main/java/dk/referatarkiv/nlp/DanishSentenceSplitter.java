package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.DanishLexicon;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences. Every line is its own block (minutes put bullets, table rows, headings and numbered
 * recommendations on lines of their own), except that a line ending with a comma goes on in the next one when that
 * starts in lower case ("X anbefaler," / "at …"); within a block, OpenNLP's trained {@code SentenceDetectorME}
 * proposes the ends, and a proposal is withdrawn when it falls inside a protected span (numbers, dates, journal
 * numbers), right after an abbreviation that precedes what it abbreviates ({@code jf.}, {@code d.}, {@code kl.}),
 * before a word in lower case or a digit, at a label's colon with its value after it, or at a middle initial.
 * Thread-safe.
 */
public final class DanishSentenceSplitter {

    /** An abbreviation of {@link DanishAbbreviations#MAY_END_SENTENCE} followed by a capitalised word. */
    private static final Pattern FINAL_ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:"
            + String.join("|", DanishAbbreviations.MAY_END_SENTENCE.stream().map(Pattern::quote).toList())
            + ")(?=\\s+(?-i:\\p{Lu}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Line breaks after a comma's line across which its sentence goes on: two blank lines at most. */
    private static final int MAX_LINE_BREAKS = 3;

    private final ThreadSafeSentenceDetectorME model;

    public DanishSentenceSplitter(SentenceModel model) {
        this.model = new ThreadSafeSentenceDetectorME(model);
    }

    /** Sentence spans of {@code text}, trimmed, relative to it. */
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int blockStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? -1 : continuation(text, lineStart, lineEnd);
            if (next >= 0) {
                lineStart = text.lastIndexOf('\n', next) + 1; // the block goes on to the next line that is not blank
                continue;
            }
            splitLine(text, blockStart, lineEnd, sentences);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            blockStart = lineStart;
        }
        return sentences;
    }

    /**
     * Where the sentence of a line that ends with a comma goes on: the first character of the next line that is not
     * blank, when that one starts in lower case ("Skolechefen anbefaler," over "at puljen fordeles." is one sentence,
     * across up to two blank lines, not across a page break); -1 when the line ends its block.
     */
    private static int continuation(String text, int lineStart, int lineEnd) {
        int last = lineEnd - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < lineStart || text.charAt(last) != ',') {
            return -1;
        }
        int breaks = 0;
        for (int i = last + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f' || c == '\n' && ++breaks > MAX_LINE_BREAKS) {
                return -1; // a page break, or a gap that ends the paragraph
            }
            if (!Character.isWhitespace(c)) {
                return Character.isLowerCase(c) ? i : -1;
            }
        }
        return -1;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        List<Span> protectedSpans = ProtectedSpans.find(line);
        // Candidate ends: the model's, plus the full stop of an abbreviation that may end a sentence ("35 mio. kr.
        // Måltallet ...") - the model, trained with those abbreviations, never proposes them.
        TreeSet<Integer> ends = new TreeSet<>();
        for (Span span : model.sentPosDetect(line)) {
            ends.add(span.getEnd());
        }
        Matcher abbreviation = FINAL_ABBREVIATION.matcher(line);
        while (abbreviation.find()) {
            ends.add(abbreviation.end());
        }
        int start = 0;
        for (int end : ends) {
            int next = end;
            while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
                next++;
            }
            if (next >= line.length() || keepsBoundary(line, end, next, protectedSpans) && !afterLabel(line, start, end)
                    && !middleInitial(line, end, next)) {
                add(text, from + start, from + end, out);
                start = end;
            }
        }
        add(text, from + start, to, out);
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

    /**
     * The end proposed is the colon after a label, which the value follows on the same line: a label of one word
     * ("Sagsbehandler: Ole Dam") or an abbreviated one anywhere ("J.nr.: 21/4711 Sagsbeh.: Ole Dam"). A label and its
     * value are one statement; the model takes ".:" for a sentence end.
     */
    private static boolean afterLabel(String line, int start, int end) {
        if (end < 2 || line.charAt(end - 1) != ':') {
            return false;
        }
        String label = line.substring(start, end - 1).strip();
        return line.charAt(end - 2) == '.' || !label.isEmpty() && label.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * The end proposed is the full stop of a middle initial: a capital letter alone after a first name, before the
     * surname ("Ole K. Dam og Ida Holm deltager ikke"). The words on both sides count as names when the dictionary
     * knows them as nothing else (also not as parts of a compound), so "Bilag B. Sagen …", "Byggefelt B. Der …" and
     * "8000 Aarhus C. Mødet …" still end.
     */
    private static boolean middleInitial(String line, int end, int nextStart) {
        if (end < 4 || line.charAt(end - 1) != '.' || !Character.isUpperCase(line.charAt(end - 2))
                || !Character.isWhitespace(line.charAt(end - 3)) || nextStart >= line.length()
                || !Character.isUpperCase(line.charAt(nextStart))) {
            return false;
        }
        int wordEnd = end - 3;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        int nextEnd = nextStart;
        while (nextEnd < line.length() && Character.isLetter(line.charAt(nextEnd))) {
            nextEnd++;
        }
        if (wordEnd - wordStart < 2 || !Character.isUpperCase(line.charAt(wordStart)) || nextEnd - nextStart < 2) {
            return false;
        }
        DanishLexicon dictionary = DanishLexicon.get();
        return !dictionary.hasOrdinaryReadingOrCompound(line.substring(wordStart, wordEnd))
                && !dictionary.hasOrdinaryReadingOrCompound(line.substring(nextStart, nextEnd));
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
