package dk.referatarkiv.qa;

import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.ingest.Bodies;
import dk.referatarkiv.internal.DanishLexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence only repeats the question. A sentence offered as the answer for want of a mention of the kind
 * asked (no place for "hvor", no name for "hvilken belægning") was chosen because it holds the question's words; when
 * it holds nothing else ("Valg af belægning til torvet" for "Hvilken belægning valgte … til torvet?"), it is the
 * topic of the question, not its answer, and the archive does not say. A content word or number counts as the
 * question's when one of its lemma variants is one of the question's (its words, their lemmas, compound parts and
 * synonyms) or when it is written in the question. Shared beginnings do not count, unlike in the coverage score:
 * "Idrætsforeningen" says what "Idrætsudvalgets" does not. Immutable and thread-safe.
 */
final class QuestionEcho {

    private final Set<String> lemmas = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    /** The figures the question writes ("40", "4,5"). */
    private final Set<String> figures = new HashSet<>();

    QuestionEcho(Question q) {
        for (ContentLemmas.Term term : q.terms()) {
            lemmas.addAll(term.own());
            lemmas.addAll(term.exact());
            lemmas.addAll(term.parts());
        }
        for (String word : q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                written.add(word);
            }
        }
        Matcher figure = FIGURE.matcher(q.text());
        while (figure.find()) {
            figures.add(figure.group());
        }
    }

    /** A figure as written: "40", "4,165", "1.500". */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A year, which says when, not how much. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * Whether the sentence has a number of its own: one that is neither part of a date or a year ("den 3. marts 2021",
     * "budget 2025") nor written in the question ("lånet på 40 mio. kr." repeats the question's 40). Only such a number
     * can say how much or how many.
     */
    boolean hasNumberOfItsOwn(IndexedSentence s) {
        return hasNumberOfItsOwn(s, 0);
    }

    /** The same from character {@code from} of the sentence on (past a list marker: "2. Bo Ravn udtræder …"). */
    boolean hasNumberOfItsOwn(IndexedSentence s, int from) {
        Matcher m = FIGURE.matcher(s.text());
        m.region(from, s.text().length());
        while (m.find()) {
            int at = s.start() + m.start();
            boolean inDate = s.entities().stream().anyMatch(e -> e.type() == EntityType.DATE && e.start() <= at && at < e.end());
            if (!inDate && !YEAR.matcher(m.group()).matches() && !figures.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a content word or number the question does not. */
    boolean addsTo(IndexedSentence s) {
        for (IndexedSentence.TokenLemmas t : s.tokens()) {
            String form = s.text().substring(Math.max(0, t.start() - s.start()), Math.min(s.text().length(), t.end() - s.start()))
                    .toLowerCase(Locale.ROOT);
            if (!isQuestions(form, t.variants())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence has a number (a year too: "Hvilket årstal …") or a name (a capitalised word the dictionary does not know as an
     * ordinary one; a title's first word too: "Zornhof Mølle - …") the question does not: what an item's title adds
     * beyond the question it matched, when it answers at all ("Trafiktælling nr. 4 - …" for "Hvilket nummer …"). The
     * rest of a title is the topic's wording ("Valg af …", "Godkendelse af …"), which says what the item is about, not
     * what was chosen or decided in it.
     */
    boolean addsNameOrNumber(IndexedSentence s) {
        return addsNameOrNumber(s.text(), true);
    }

    /**
     * Whether the sentence names something the question does not, a body's name aside: a whole sentence answers
     * "hvor" only when it writes a name that can be the place ("… lokalplan for Nørreby"), not when it only writes the
     * question's words, the body that acts ("Teknikudvalget orienterer om projektet") or a person.
     */
    boolean addsName(IndexedSentence s) {
        StringBuilder text = new StringBuilder(Bodies.withoutBodies(s.text()));
        for (var e : s.entities()) {
            if (e.type() == EntityType.PERSON) { // a person is no place either ("Ida gjorde opmærksom på …")
                int from = Math.max(0, e.start() - s.start());
                int to = Math.min(text.length(), e.end() - s.start());
                for (int i = from; i < to; i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return addsNameOrNumber(text.toString(), false);
    }

    private boolean addsNameOrNumber(String text, boolean numbers) {
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        DanishLexicon dictionary = DanishLexicon.get();
        boolean first = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            // Any title starts with a capital: its first word is a name only when the dictionary knows it neither
            // whole nor as a compound as an ordinary word ("Zornhof", not "Partnerskabsaftale"); later a capital marks
            // a name unless the word is known whole as an ordinary one ("(Beslutning)"); names compounded of ordinary
            // words ("Rosenhaven", "Skovbrynet") are names there.
            boolean informative = numbers && word.chars().anyMatch(Character::isDigit)
                    || Character.isUpperCase(word.codePointAt(0))
                    && !(first ? dictionary.hasOrdinaryReadingOrCompound(lower) : dictionary.hasOrdinaryReading(lower));
            first = false;
            if (informative && !written.contains(lower) && !lemmas.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuestions(String form, Set<String> variants) {
        if (written.contains(form) || variants.isEmpty()) {
            return true;
        }
        // the word's own readings, not its compound parts: "idrætsforening" is not the question's for its
        // "idræt" (the first variant is the lemma, which ContentLemmas decompounds)
        Set<String> parts = DanishLexicon.get().decompound(variants.iterator().next()).map(Set::copyOf).orElse(Set.of());
        return variants.stream().filter(v -> !parts.contains(v)).anyMatch(lemmas::contains);
    }
}
