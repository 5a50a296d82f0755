package dk.referatarkiv.qa;

import dk.referatarkiv.internal.ResourceLines;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The post a question for a person asks who held ("Hvem var formand for …", "Hvem bliver ny næstformand …",
 * "Hvem er fungerende skolechef i …"), and whether a text names that post: a name in a sentence that does not say it
 * held the post is no answer. A post is a word ending in a title of {@code person-titles.tsv}, in any inflection
 * ("formanden"); a text names it by the same word, by a compound ending in it ("udvalgsformand" names a "formand")
 * unless the compound's first part makes another post ({@code post-words.tsv}: "næstformand"), or by an abbreviated
 * label ("Sagsbeh.: Eva Dam"). Immutable and thread-safe.
 */
final class PostAsked {

    /** Endings a title takes in running text: definite, genitive, plural. */
    private static final List<String> INFLECTIONS = List.of("", "en", "ens", "et", "ets", "s", "e", "er", "erne", "ne");
    /** The lines of {@code post-words.tsv}, kind and word, read once. */
    private static final List<String[]> POST_WORDS = ResourceLines.read(PostAsked.class, "post-words.tsv").stream()
            .map(PostAsked::cells).toList();
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> OTHER_POST_PREFIXES = words("prefix");
    private static final Set<String> BEFORE = words("before");
    /** A label: a word, perhaps abbreviated with a full stop, and a colon ("Sagsbeh.:", "Formand:"). */
    private static final Pattern LABEL = Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\.?:");
    /** The fewest letters of an abbreviated label that count. */
    private static final int MIN_ABBREVIATION = 4;

    /** The post itself (lower case, uninflected: "formand", "næstformand", "kommunaldirektør"). */
    private final String post;

    private PostAsked(String post) {
        this.post = post;
    }

    String post() {
        return post;
    }

    /**
     * The post the question asks who held: a title after "hvem" and its verb, right after one of the {@code before}
     * words (the copula, "som", "ny") or a genitive; not the subject of another verb ("Hvem havde udvalgsformanden
     * peget på …" asks for the one pointed out). Empty for questions that are not for a person, and for those for an
     * attendance fact (absent, substitute), which ask about attendance, not a post.
     */
    static Optional<PostAsked> of(Question q, Set<MeetingFact> posts) {
        if (q.type() != AnswerType.PERSON || q.fact() != null && !posts.contains(q.fact())) {
            return Optional.empty();
        }
        String[] words = NON_LETTERS.split(q.text().toLowerCase(Locale.ROOT));
        int who = List.of(words).indexOf("hvem");
        if (who < 0) {
            return Optional.empty();
        }
        for (int i = who + 2; i < words.length; i++) {
            String before = words[i - 1];
            boolean asked = BEFORE.contains(before) || before.length() > 3 && before.endsWith("s");
            Optional<String> title = post(words[i]);
            if (asked && title.isPresent()) {
                return Optional.of(new PostAsked(title.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text writes the post: the same word in any inflection, a compound that ends in it and whose first
     * part does not make another post ("udvalgsformand" for "formand", not "næstformand"), or an abbreviated label.
     */
    boolean namedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains(post) && lower.indexOf(':') < 0) {
            return false; // a word naming the post holds it, a label has a colon: most sentences end here
        }
        for (String word : NON_LETTERS.split(lower)) {
            Optional<String> stem = post(word);
            if (stem.isPresent() && (stem.get().equals(post) || stem.get().endsWith(post)
                    && !otherPost(stem.get().substring(0, stem.get().length() - post.length())))) {
                return true;
            }
        }
        Matcher label = LABEL.matcher(lower);
        while (label.find()) {
            String abbreviated = label.group(1);
            if (abbreviated.length() >= MIN_ABBREVIATION && post.startsWith(abbreviated)) {
                return true;
            }
        }
        return false;
    }

    /** The post a word names, uninflected ("formanden" → "formand", "kommunaldirektørens" → "kommunaldirektør"). */
    static Optional<String> post(String word) {
        for (String inflection : INFLECTIONS) {
            if (word.length() <= inflection.length() || !word.endsWith(inflection)) {
                continue;
            }
            String stem = word.substring(0, word.length() - inflection.length());
            if (SpanExtractor.isTitleWord(stem)) {
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    private static boolean otherPost(String firstPart) {
        return OTHER_POST_PREFIXES.stream().anyMatch(firstPart::endsWith);
    }

    private static Set<String> words(String kind) {
        return POST_WORDS.stream().filter(cells -> cells[0].equals(kind)).map(cells -> cells[1])
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A line of the data file as its kind and word; a line of another form is an error in the file, not skipped. */
    private static String[] cells(String line) {
        String[] cells = line.split("\t");
        if (cells.length != 2) {
            throw new IllegalStateException("post-words.tsv: want a kind and a word, got: " + line);
        }
        return new String[] {cells[0].strip(), cells[1].strip()};
    }
}
