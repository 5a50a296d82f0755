package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import dk.referatarkiv.ingest.SectionKind;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passages a snippet is cut from the matches' character spans: every match shown is marked, text is escaped
 * around the marks, at most two passages of about a passage's length, and nothing is shown that the text does not say.
 */
class SnippetPassagesTest {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    @Test
    void marksEveryMatchAndEscapesTheTextAroundIt() {
        String text = "Økonomi & Indkøb har lavet <udbudsplan>, som udvalget får. Udbudsplanen offentliggøres.";
        String html = SnippetBuilder.passages(text, spans(text, "udbudsplan", "Udbudsplanen"));
        assertEquals("Økonomi &amp; Indkøb har lavet &lt;<mark>udbudsplan</mark>&gt;, som udvalget får. "
                + "<mark>Udbudsplanen</mark> offentliggøres.", html);
    }

    @Test
    void aPhraseIsOneMark() {
        String text = "Chefforum drøftede udkastet til budgetkatalog for 2025.";
        int at = text.indexOf("udkastet");
        String html = SnippetBuilder.passages(text, List.of(new int[] {at, at + "udkastet til budgetkatalog".length()}));
        assertTrue(html.contains("<mark>udkastet til budgetkatalog</mark>"), html);
    }

    @Test
    void overlappingMatchesOfOneWordAreMarkedOnce() throws IOException {
        String text = "Sagen om budgetopfølgning blev drøftet.";
        int at = text.indexOf("budgetopfølgning");
        SnippetBuilder.TextValues doc = field -> field.equals(Fields.section(SectionKind.SAGSFREMSTILLING))
                ? new String[] {text} : new String[0];
        SnippetBuilder.Snippet snippet = SnippetBuilder.snippet(doc, new SnippetBuilder.Located(
                Fields.section(SectionKind.SAGSFREMSTILLING),
                List.of(new int[] {at, at + 16}, new int[] {at, at + 6}, new int[] {at + 6, at + 16})));
        assertEquals("Sagen om <mark>budgetopfølgning</mark> blev drøftet.", snippet.html());
        assertEquals("Sagsfremstilling", snippet.section());
    }

    @Test
    void distantMatchesGiveTwoPassagesWithTheMostDifferentWords() {
        String filler = "Teksten fortsætter uden noget af det søgte i mange ord her. ".repeat(8);
        String text = "Første afsnit nævner skole. " + filler + "Andet afsnit nævner skole og budget sammen. " + filler
                + "Tredje afsnit nævner skole og budget og takst. " + filler;
        String html = SnippetBuilder.passages(text, spans(text, "skole", "budget", "takst"));
        assertFalse(html.contains("Første"), "the run with one word loses to the two with more: " + html);
        assertTrue(html.contains("Andet afsnit") && html.contains("Tredje afsnit"), html);
        assertTrue(html.indexOf("Andet") < html.indexOf("Tredje"), "passages in text order: " + html);
        assertTrue(html.startsWith("… "), "a passage after the text's start says so: " + html);
        assertFalse(html.contains("… …"), html);
        assertTrue(html.endsWith("…"), "a passage before the text's end says so: " + html);
    }

    @Test
    void aPassageStartsAtItsSentenceWhenTheSentenceIsNear() {
        String text = "Indledning uden ord. Borgmesteren indstiller, at planen godkendes. Mere tekst følger her.";
        String html = SnippetBuilder.passages(text, spans(text, "planen"));
        assertTrue(html.startsWith("… Borgmesteren indstiller"), html);
    }

    @Test
    void anAbbreviationDoesNotEndAPassage() {
        String text = "Overslaget for anlægsbudgettet giver disse resultater for de næste to år: 2026: 2,4 mio. "
                + "i overskud, 2027: 0,9 mio. i underskud. Resten af teksten handler om noget helt andet end tallene.";
        String html = SnippetBuilder.passages(text, spans(text, "anlægsbudgettet"));
        assertTrue(html.startsWith("Overslaget for <mark>anlægsbudgettet</mark>"), html);
        assertTrue(html.contains("2,4 mio. i overskud, 2027: 0,9 mio. i underskud. …"), html);
    }

    @Test
    void aTextWithoutFullStopsIsCutToAboutAPassage() {
        String text = "ord ".repeat(400) + "vandløb " + "ord ".repeat(400);
        String html = SnippetBuilder.passages(text, spans(text, "vandløb"));
        assertTrue(html.contains("<mark>vandløb</mark>"), html);
        assertTrue(html.length() < 500, html.length() + ": " + html);
    }

    /**
     * On random texts and spans: the passages are pieces of the text in order, apart; an ellipsis stands exactly where
     * text that is not white space was left out; every mark is a match at its place and every match inside a passage
     * is marked; at most two passages.
     */
    @Test
    void showsOnlyWhatTheTextSaysWhereItSaysIt() {
        Random random = new Random(11);
        for (String text : TestData.randomTexts(7, "abcdefghij .\n<&æ", 900, 3000)) {
            List<int[]> spans = randomMergedSpans(random, text);
            String html = SnippetBuilder.passages(text, spans);
            String[] pieces = html.split(" ?… ?", -1);
            int shown = 0;
            int passages = 0;
            for (int p = 0; p < pieces.length; p++) {
                if (pieces[p].isEmpty()) {
                    continue;
                }
                passages++;
                List<int[]> marks = new ArrayList<>();
                String plain = plainText(pieces[p], marks);
                boolean ellipsisBefore = p > 0 || html.startsWith("…");
                // a short passage may also occur earlier in the text: it must fit at one of its places
                int start = text.indexOf(plain, shown);
                while (start >= 0 && !fits(text, spans, shown, start, plain, marks, ellipsisBefore)) {
                    start = text.indexOf(plain, start + 1);
                }
                assertTrue(start >= 0, "[" + plain + "] is not where the text has it with its marks and ellipsis, "
                        + "after " + shown + ": [" + html + "] of [" + text + "]");
                shown = start + plain.length();
            }
            assertEquals(!text.substring(shown).isBlank() && passages > 0, html.endsWith("…"),
                    "an ellipsis at the end where text was left out: [" + html + "] of [" + text + "]");
            assertTrue(passages <= 2, passages + " passages: " + html);
        }
    }

    /**
     * Whether a passage fits at {@code start}: an ellipsis before it exactly when text that is not white space was left
     * out, every mark on a match, every match inside it marked.
     */
    private static boolean fits(String text, List<int[]> spans, int shown, int start, String plain, List<int[]> marks,
                                boolean ellipsisBefore) {
        if (text.substring(shown, start).isBlank() == ellipsisBefore) {
            return false;
        }
        int end = start + plain.length();
        for (int[] mark : marks) {
            if (spans.stream().noneMatch(s -> s[0] == start + mark[0] && s[1] == start + mark[1])) {
                return false;
            }
        }
        for (int[] span : spans) {
            if (span[0] >= start && span[1] <= end
                    && marks.stream().noneMatch(m -> start + m[0] == span[0] && start + m[1] == span[1])) {
                return false;
            }
        }
        return true;
    }

    /** Up to five random spans, merged as a hit's matches are ({@link SnippetBuilder#merged}). */
    private static List<int[]> randomMergedSpans(Random random, String text) {
        List<int[]> spans = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0 && !text.isEmpty(); n--) {
            int start = random.nextInt(text.length());
            spans.add(new int[] {start, Math.min(text.length(), start + 1 + random.nextInt(8))});
        }
        return SnippetBuilder.merged(spans, text.length());
    }

    /** The text of a passage's HTML, unescaped, with the marks' places in it. */
    private static String plainText(String html, List<int[]> marks) {
        StringBuilder plain = new StringBuilder();
        Matcher m = MARK.matcher(html);
        int at = 0;
        while (m.find()) {
            plain.append(unescape(html.substring(at, m.start())));
            int from = plain.length();
            plain.append(unescape(m.group(1)));
            marks.add(new int[] {from, plain.length()});
            at = m.end();
        }
        plain.append(unescape(html.substring(at)));
        return plain.toString();
    }

    private static List<int[]> spans(String text, String... words) {
        List<int[]> spans = new ArrayList<>();
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                spans.add(new int[] {at, at + word.length()});
            }
        }
        spans.sort((x, y) -> Integer.compare(x[0], y[0]));
        return spans;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
