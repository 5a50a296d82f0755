package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.internal.ResourceLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the answer out of the sentence that holds it: the mention of the expected type nearest the words of the
 * question the sentence matched, and never a mention the question itself names. Persons come with the party the text
 * writes after them and with the persons listed together with them; dates as written (times when the question asks
 * for one); counts as written, digits or words, by the noun asked about; places as the phrase after a locative
 * preposition; for "hvilken/hvilket X" the mention headed by X ("Egeskov Kirkes kor", "Lokalplan nr. 112 for …").
 * Empty when the sentence holds no such mention. Stateless and thread-safe.
 */
final class SpanExtractor {

    /** A time of day written with "kl.": "kl. 17.20", "kl.9:30". */
    static final Pattern CLOCK_TIME = Pattern.compile("(?iu)\\bkl\\.?\\s*\\d{1,2}[.:]\\d{2}\\b");
    /** A time of day with "kl." or without it ("17:20"), where the question asks for one. */
    private static final Pattern TIME = Pattern.compile(CLOCK_TIME.pattern() + "|(?<![\\d.:])\\d{1,2}[:.]\\d{2}(?![\\d.:])");
    /** A question about a time of day: when a meeting started, ended, was suspended. */
    private static final Pattern ASKS_TIME = Pattern.compile(
            "(?iu)\\b(?:hvad\\s+tid|klokken|klokkeslæt|startede|sluttede|begyndte|suspenderet|hævet|genoptaget)\\b");
    private static final Pattern PARTY = Pattern.compile("\\s?\\([^()\\n]{1,40}\\)");
    /** A parenthesis right after a name: the person's own title or note ("(Afdelingschef for Kultur)"). */
    private static final Pattern OWN_NOTE = Pattern.compile("\\s?\\(([^()\\n]{1," + SpanExtractor.MAX_PARENTHESIS + "})\\)");
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:,|og|&)\\s*$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-/]*|\\S");
    private static final Pattern CAPITALISED = Pattern.compile("^(?:\\p{Lu}|»|\")[\\p{L}\\p{N}'’.\\-/«\"]*$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+[A-Za-z]?[,.]?$|^\\d+[.,]\\d+$");
    private static final Set<String> LOCATIVE = Set.of("i", "på", "ved", "fra", "til");
    /**
     * The word before a preposition that makes it part of another ("i forhold til Plan B", "i henhold til Lov om …",
     * "med henblik på …", "svarende til …", "frem til …"): it then says nothing of where.
     */
    private static final Set<String> NOT_LOCATIVE_BEFORE = Set.of("forhold", "henhold", "henblik", "hensyn", "svarende",
            "bortset", "frem", "op", "ud", "stedet", "lighed");
    /** Words that join the parts of a place or name: "Skovvej i Nørreby", "Idræts- og Kulturhus". */
    private static final Set<String> JOINERS = Set.of("i", "ved", "og", "på", "for", ",", "-", "–", "/", "&");
    /** Nouns that ask where, not which named thing: the answer is a place phrase, not a mention headed by them. */
    private static final Set<String> PLACE_NOUNS = Set.of("by", "byer", "sted", "steder", "område", "adresse", "vej", "veje",
            "landsby", "ejendom", "lokale", "mødelokale", "vejkryds", "bydel", "kommune");
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    /** Number words that are also the indefinite articles. */
    private static final Set<String> ARTICLES = Set.of("en", "et");
    private static final int FOCUS_WINDOW = 3;
    /** What the text writes right after an amount and belongs to it: "kroner", "pr. m2", ", ekskl. moms", "i overskud". */
    private static final Pattern AMOUNT_UNIT = Pattern.compile(
            "^(?:\\s*kroner)?(?:\\s*(?:pr\\.\\s*)?(?:m2|m²|kvm\\.?))?(?:,?\\s*(?:ekskl|inkl)\\.?\\s*moms)?"
                    + "(?:\\s+i\\s+(?:overskud|underskud))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Kommunaldirektøren indstiller, at …", "Social- og sundhedsdirektøren foreslår": who recommends, before the verb. */
    static final Pattern RECOMMENDS = Pattern.compile(
            "(?:^|[.:;]\\s+|^\\s*\\d+\\.\\s+)(?<who>\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:[\\p{L}\\-&]+|&)){0,6}?)\\s*,?\\s+"
                    + "(?:indstiller|indstillede|foreslår|foreslog|anbefaler|anbefalede)\\b");
    private static final int MAX_PARENTHESIS = 80;
    /** Quotation marks that open or close a name: straight, curly, guillemets and the low-9 opening mark. */
    private static final String QUOTES = "\"”“»«„";
    /** The word right after "hvem": "Hvem ejer …" gives "ejer". */
    private static final Pattern WHO_VERB = Pattern.compile("(?iu)\\bhvem\\s+(?:(?:har|havde)\\s+)?(\\p{L}+)");
    /**
     * A name (capitalised words, joined by "i", "for", "og" or "af") before a relative clause and the clause's first
     * word: "Boligforeningen Engly, som ejer …" gives "Boligforeningen Engly" and "ejer".
     */
    private static final Pattern NAME_BEFORE_CLAUSE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\-]*+(?:\\s+(?:(?:i|for|og|af)\\s+)?\\p{Lu}[\\p{L}\\-]*+)*),?\\s+(?:som|der)\\s+(\\p{L}+)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "12", "3B", "3b", "98 C": a capital house letter may stand apart, a small one only on the figure, so that neither
     * the next word ("Skovvej 12 i Nørreby") nor an abbreviation ("12 m.fl.") is taken for one.
     */
    private static final String HOUSE_NUMBER =
            "\\d{1,3}(?:\\s?[A-Z](?![\\p{L}\\p{N}])|[a-z](?![\\p{L}\\p{N}.]))?(?![\\p{L}\\p{N}])";
    /** Nouns that ask for a street address ("Hvilken adresse …", "hvilke ejendomme …"), as every inflection begins. */
    private static final List<String> ADDRESS_NOUNS = List.of("adresse", "ejendom");
    /**
     * A street address: up to two capitalised words before a street name that ends as one ({@code
     * street-name-endings.tsv}), a house number or a range or list of them, "m.fl." ("and more") when written, and
     * the town after a comma, with its postcode ("Skovvej 12, Sønderby", "Skovvej 12, 9999 Sønderby").
     */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,2}"
            + "(?=\\p{Lu})[\\p{L}'’\\-]*?(?i:" + String.join("|", ResourceLines.read(SpanExtractor.class,
                    "street-name-endings.tsv").stream().map(String::strip).toList())
            + ")\\s+" + HOUSE_NUMBER + "(?:\\s*[-–,]\\s*" + HOUSE_NUMBER + ")*"
            + "(?:\\s+m\\.\\s?fl\\.)?(?:,\\s*(?:\\d{4}\\s+)?\\p{Lu}[\\p{L}\\-]+(?![\\p{L}\\p{N}]))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** How close (characters) a date must stand to the question's verb to date it: a short phrase ("på møde d."). */
    private static final int BY_THE_VERB = 15;

    private SpanExtractor() {
    }

    /** The sentence and where the question's words matched in it (offsets in its section). */
    record Match(Question question, IndexedSentence sentence, List<int[]> matched) {
    }

    static Optional<String> person(Match m) {
        IndexedSentence s = m.sentence();
        List<Entity> persons = s.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.value() != null && !named(m.question(), e.text())
                        && !named(m.question(), e.label()))
                .sorted(Comparator.comparingInt(Entity::start)).toList();
        if (asksOutgoing(m.question())) {
            // "Hvem var den afgående kommunaldirektør?": one who is appointed or takes over is the incoming holder
            persons = persons.stream().filter(e -> !incoming(s, e)).toList();
        }
        Optional<Entity> nearest = persons.stream().min(nearestFirst(m));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> byNote = ownNoteAsked(m, persons);
        if (byNote.isPresent()) {
            // "… Ida Holm (Afdelingschef for Kultur), Bo Dam (Afdelingschef for Skole) …": the person whose own note
            // holds most of the question's words is the one asked for, not the others of the list
            Entity e = byNote.get();
            return Optional.of(title(s, e.start()) + e.label() + party(s, e.end()));
        }
        Optional<Entity> handedOver = handover(m, persons, nearest.get());
        if (handedOver.isPresent()) {
            Entity e = handedOver.get();
            return Optional.of(title(s, e.start()) + e.label() + party(s, e.end()));
        }
        // the persons listed together with it: "Ib Lund og Eva Dam deltog ikke …"
        int at = persons.indexOf(nearest.get());
        int from = at;
        int to = at;
        while (from > 0 && listed(s, persons.get(from - 1), persons.get(from))) {
            from--;
        }
        while (to + 1 < persons.size() && listed(s, persons.get(to), persons.get(to + 1))) {
            to++;
        }
        if (from == to) {
            Entity e = nearest.get();
            return Optional.of(title(s, e.start()) + e.label() + party(s, e.end()));
        }
        int start = persons.get(from).start();
        int end = persons.get(to).end();
        return Optional.of(flat(local(s, start, end) + party(s, end)));
    }

    /** Whether the question asks for the holder who leaves a post ({@link #ASKS_OUTGOING}). */
    static boolean asksOutgoing(Question q) {
        return ASKS_OUTGOING.matcher(q.text()).find();
    }

    /** A question for the holder who leaves: "den afgående / fratrædende / forhenværende direktør" (attributive only). */
    private static final Pattern ASKS_OUTGOING = Pattern.compile("(?iu)\\b(?:den|det|de)\\s+"
            + "(?:afgående|fratrædende|forhenværende|udtrædende|tidligere)\\s+\\p{L}");
    /** What follows a person who comes into a post: "X konstitueres som …", "X ansættes …", "X tiltræder …". */
    private static final Pattern COMES_IN = Pattern.compile("(?iu)^[\\s,]*(?:\\([^)]{0,40}\\)\\s*)?(?:er\\s+|blev\\s+|bliver\\s+)?"
            + "(?:konstitueres|konstitueret|ansættes|ansat|udnævnes|udnævnt|tiltræder|indtræder|overtager|vælges|valgt)\\b");

    /** The person is the one a sentence appoints or who takes over ({@link #COMES_IN}). */
    private static boolean incoming(IndexedSentence s, Entity person) {
        int end = person.end() - s.start();
        return end >= 0 && end <= s.text().length() && COMES_IN.matcher(s.text().substring(end)).find();
    }

    /**
     * A question for who held something before a change: "den tidligere / forrige / oprindelige …", "Hvem var
     * tidligere …", "… fra?"; not "tidligere i år" or "før sommerferien", which date the question.
     */
    private static final Pattern ASKS_FORMER = Pattern.compile("(?iu)\\b(?:den|det|de|sin|sit|hans|hendes)\\s+"
            + "(?:tidligere|forrige|hidtidige?|oprindelige|gamle|afgående|fratrædende|forhenværende)(?!\\p{L})"
            + "|^\\s*hvem\\s+\\p{L}+\\s+(?:tidligere|oprindeligt|hidtil)\\b|\\bfra\\s*\\??$");
    /** Between the two persons of a change: "fra Ida Holm til Bo Dam". */
    private static final Pattern FROM_TO = Pattern.compile("^\\s+til\\s+$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})fra\\s+$");

    /**
     * A change from one person to another ("skifter referenceleder fra Ida Holm til Bo Dam"): the one the change is to
     * answers who takes over, unless the question asks for the former ({@link #ASKS_FORMER}, or a time before the
     * meeting that decided the change), and the reverse; empty when the nearest person is in no such change.
     */
    private static Optional<Entity> handover(Match m, List<Entity> persons, Entity nearest) {
        int at = persons.indexOf(nearest);
        // "Hvem var referenceleder … i april 2017?" of a change decided in May: a time before the meeting asks for the former
        DateRange asked = m.question().constraints().date();
        boolean before = asked != null && asked.end() != null && m.sentence().meetingDate() != null
                && asked.end().isBefore(m.sentence().meetingDate());
        boolean former = before || ASKS_FORMER.matcher(m.question().text()).find();
        if (!former && at + 1 < persons.size() && changeBetween(m.sentence(), nearest, persons.get(at + 1))) {
            return Optional.of(persons.get(at + 1));
        }
        if (former && at > 0 && changeBetween(m.sentence(), persons.get(at - 1), nearest)) {
            return Optional.of(persons.get(at - 1));
        }
        return Optional.empty();
    }

    /** "fra A til B" in the sentence (entity offsets are the section's). */
    private static boolean changeBetween(IndexedSentence s, Entity from, Entity to) {
        String text = s.text();
        int fromStart = from.start() - s.start();
        int fromEnd = from.end() - s.start();
        int toStart = to.start() - s.start();
        if (fromStart < 0 || fromEnd > toStart || toStart > text.length()) {
            return false;
        }
        return FROM_TO.matcher(text.substring(fromEnd, toStart)).matches()
                && FROM_BEFORE.matcher(text.substring(Math.max(0, fromStart - 6), fromStart)).find();
    }

    /**
     * The verb of "Hvem ejer …" as written ("ejer"), for {@link #doerNamedBefore}: only a word right after "hvem" that
     * the question's tagging read as a full verb ("ejer"; not "er", nor "i" in "Hvem i udvalget …"), or the participle
     * after "hvem har" ("Hvem har udarbejdet analysen?": "udarbejdet"; not after "blev", whose subject is the one the
     * action was done to). Once per question.
     */
    static Optional<String> doerVerb(Question q) {
        Matcher asked = WHO_VERB.matcher(q.text());
        if (!asked.find()) {
            return Optional.empty();
        }
        String verb = asked.group(1).toLowerCase(Locale.ROOT);
        return q.terms().stream().anyMatch(t -> t.form().equals(verb) && t.own().stream().anyMatch(q.verbs()::contains))
                ? Optional.of(verb) : Optional.empty();
    }

    /**
     * "Hvem ejer Skovvej 12?" – "Boligforeningen Engly, som ejer Skovvej 12, …": the name a relative clause with the
     * question's own verb ({@link #doerVerb}) follows is who does it, also when it names an organisation rather than a
     * person.
     */
    static Optional<String> doerNamedBefore(Question q, String verb, IndexedSentence s) {
        if (!s.text().contains(" " + verb)) {
            return Optional.empty(); // most sentences
        }
        Matcher doer = NAME_BEFORE_CLAUSE.matcher(s.text());
        while (doer.find()) {
            if (doer.group(2).equals(verb) && !named(q, doer.group(1))) {
                return Optional.of(doer.group(1));
            }
        }
        int at = wordAt(s.text(), verb);
        return at < 0 ? Optional.empty() : agentAfter(q, at + verb.length(), s).or(() -> subjectBefore(q, at, verb, s));
    }

    /**
     * "Hvem skal cheferne melde deltagere til?", "Hvem er planen lavet af?": a preposition left at the end of its
     * clause asks for its object when "hvem" is that object, which Danish shows by a subject right after the finite
     * verb ({@link #isSubject}); "Hvem meldte fra?", "Hvem i udvalget var med?" end with a verb's particle, "hvem"
     * being the subject. A preposition put before "hvem" asks so too ("Til hvem sendes …", "Af hvem …"). Not
     * "for", which also joins clauses.
     */
    private static final List<String> ASKED_PREPOSITIONS = List.of("til", "med", "hos", "fra", "af");
    /** Where "hvem" or a preposition before it opens a question or a clause of it. */
    private static final String CLAUSE_START = "(?:^|[,:;]\\s*|\\b(?:og|men|du)\\s+)";
    private static final Pattern STRANDED_PREPOSITION = Pattern.compile("(?iu)" + CLAUSE_START
            + "hvem\\s+(\\p{L}+)\\s+(\\p{L}+)[^?,;]*?\\s(" + String.join("|", ASKED_PREPOSITIONS) + ")\\s*(?:[?,;]|$)");
    private static final Pattern FRONTED_PREPOSITION = Pattern.compile("(?iu)" + CLAUSE_START + "("
            + String.join("|", ASKED_PREPOSITIONS) + ")\\s+hvem\\b");
    /** Each preposition a question may ask the object of, as a whole word before a space. */
    private static final Map<String, Pattern> PREPOSITIONS = ASKED_PREPOSITIONS.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(p -> p, p -> Pattern.compile("(?iu)(?<![\\p{L}])" + p + "\\s+")));
    /** A unit's or person's name after a preposition: capitalised words joined by commas, og, &, for, i, af. */
    private static final Pattern OBJECT_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\-]*+(?:(?:\\s*,\\s*|\\s+(?:og|&|for|i|af)\\s+|\\s+)\\p{Lu}[\\p{L}\\-]*+){0,5}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A post written in lower case, then the unit it is of or the name of its holder: "afdelingschefen for Ældre og
     * Social", "borgmester Ane Krog".
     */
    private static final Pattern POST_OF = Pattern.compile("(\\p{Ll}+)\\s+(?:(?:for|i|af)\\s+)?(?=\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Where a clause of a sentence ends: a semicolon, or a comma before a conjunction or a relative or subordinate
     * clause's first word ("… sendes til sekretariatet, der videresender den til …").
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?iu);|,\\s+(?:og|men|eller|mens|der|som|hvor|når|hvis|idet|da|fordi)\\s");
    /** A personal pronoun that can be a clause's subject ("I", you, is left out: it is mostly the preposition "i"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("man", "jeg", "du", "han", "hun", "den", "det", "vi",
            "de");
    /** The definite and plural endings of a noun that is a subject ("cheferne", "ansøgningen", "udvalget"). */
    private static final Pattern DEFINITE_OR_PLURAL = Pattern.compile("(?iu)\\p{L}{2,}(?:en|et|ne|erne|ene|rne)");

    /** The preposition a "hvem" question asks the object of ({@link #STRANDED_PREPOSITION}), lower case; or empty. */
    static Optional<String> askedPreposition(Question q) {
        Matcher fronted = FRONTED_PREPOSITION.matcher(q.text());
        if (fronted.find()) {
            return Optional.of(fronted.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher stranded = STRANDED_PREPOSITION.matcher(q.text());
        // a direct question puts the finite verb before the subject, an indirect one ("Ved du, hvem sagen blev sendt
        // til?") after it
        return stranded.find() && (mayBeVerb(stranded.group(1)) && isSubject(stranded.group(2))
                || isSubject(stranded.group(1)) && mayBeVerb(stranded.group(2)))
                ? Optional.of(stranded.group(3).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Whether the word may be a finite verb: the dictionary reads it as a verb or an auxiliary ("skal", "laver"), or
     * does not know it (it lacks many strong forms: "blev"); not "i" of "Hvem i …".
     */
    private static boolean mayBeVerb(String word) {
        List<DanishLexicon.Reading> readings = DanishLexicon.get().readings(word.toLowerCase(Locale.ROOT));
        return readings.isEmpty() || readings.stream().anyMatch(r -> r.upos().equals("VERB") || r.upos().equals("AUX"));
    }

    /**
     * Whether the word after a question's finite verb is its subject: a name (capitalised, not first), a personal
     * pronoun ("man", "det"), or a noun in its definite or plural form that is no verb ("cheferne", "ansøgningen").
     * An infinitive is not ("Hvem skal tage med?", "Hvem kan deltage fra?": the dictionary lacks many, and reads some
     * as nouns), nor a bare noun ("Hvem tager kaffe med?"), a particle ("fra", "med") or the reflexive "sig".
     */
    private static boolean isSubject(String word) {
        if (Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (SUBJECT_PRONOUNS.contains(w)) {
            return true;
        }
        List<DanishLexicon.Reading> readings = DanishLexicon.get().readingsOrCompound(w);
        return DEFINITE_OR_PLURAL.matcher(w).matches()
                && readings.stream().anyMatch(r -> r.upos().equals("NOUN"))
                && readings.stream().noneMatch(r -> r.upos().equals("VERB") || r.upos().equals("AUX")
                || r.upos().equals("ADP") || r.upos().equals("ADV"));
    }

    /**
     * "Hvem skal cheferne melde deltagere til?" – "… chefer melder deltagere til det videre arbejde til afdelingschefen
     * for Ældre og Social.": in a clause of the question's verb, after it, the first object of its preposition that is
     * a name, or a post with the unit it is of or its holder's name, answers; a lower-case object that names no post
     * ("til det videre arbejde") is passed over, and so is what the question itself names. Empty when the sentence does
     * not write the question's verb.
     */
    static Optional<String> objectOf(Question q, String preposition, IndexedSentence s) {
        Pattern asked = PREPOSITIONS.get(preposition);
        if (asked == null) {
            return Optional.empty();
        }
        String text = s.text();
        Matcher clauseEnd = CLAUSE_END.matcher(text);
        Matcher prep = asked.matcher(text);
        Matcher post = POST_OF.matcher(text);
        Matcher name = OBJECT_NAME.matcher(text);
        for (IndexedSentence.TokenLemmas t : s.tokens()) {
            if (t.variants().stream().noneMatch(q.verbs()::contains)) {
                continue;
            }
            int from = t.end() - s.start();
            int end = clauseEnd.find(from) ? clauseEnd.start() : text.length();
            prep.region(from, end);
            while (prep.find()) {
                int nameFrom = prep.end();
                post.region(nameFrom, end);
                if (post.lookingAt()) {
                    if (!isPostWord(post.group(1))) {
                        continue;
                    }
                    nameFrom = post.end();
                }
                name.region(nameFrom, end);
                if (name.lookingAt()) {
                    String object = text.substring(prep.end(), name.end());
                    if (!named(q, object)) {
                        return Optional.of(object);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A word that names a post in any inflection ("afdelingschefen", "borgmestrene"): one the dictionary reads as a
     * noun whose lemma is a title word, one that is a title word in an inflection {@link PostAsked#post} knows, or a
     * compound whose head the dictionary so reads.
     */
    private static boolean isPostWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        DanishLexicon dictionary = DanishLexicon.get();
        if (dictionary.readings(w).stream().anyMatch(r -> r.upos().equals("NOUN") && isTitleWord(r.lemma()))) {
            return true;
        }
        // a compound the dictionary splits: "kredsformand" by its head
        return PostAsked.post(w).isPresent()
                || dictionary.compoundReadings(w).stream().anyMatch(r -> r.upos().equals("NOUN") && isTitleWord(r.lemma()));
    }

    /** A name: capitalised words, joined by "for", "og", "af" or "i" ("Teknik og Miljø", "Leder af Økonomi"). */
    private static final Pattern NAME_AHEAD = Pattern.compile(
            "\\s+(\\p{Lu}[\\p{L}\\-]*+(?:\\s+(?:(?:for|og|af|i)\\s+)?\\p{Lu}[\\p{L}\\-]*+){0,4})(?![\\p{L}])",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The agent of a passive: "… er udarbejdet af Nordby Rådgivning". */
    private static final Pattern AGENT = Pattern.compile("\\s+af(?=\\s+\\p{Lu})", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "Hvem har udarbejdet analysen?" – "Analysen er udarbejdet af Nordby Rådgivning.": the name after "af" right after
     * the question's participle is who did it.
     */
    private static Optional<String> agentAfter(Question q, int afterVerb, IndexedSentence s) {
        Matcher by = AGENT.matcher(s.text()).region(afterVerb, s.text().length());
        if (!by.lookingAt()) {
            return Optional.empty();
        }
        Matcher name = NAME_AHEAD.matcher(s.text()).region(by.end(), s.text().length());
        return name.lookingAt() && !named(q, name.group(1)) ? Optional.of(name.group(1)) : Optional.empty();
    }

    /** A short phrase opening with a capital, all that stands before the verb ({@link #subjectBefore}). */
    private static final Pattern SUBJECT = Pattern.compile("\\s*(\\p{Lu}[\\p{L}\\-]*+(?:\\s+[\\p{L}\\-]+){0,5})\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Where the word first stands in the text as a whole word, or -1. */
    private static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** Word classes that cannot open a subject: "I december bevilgede fonden …" opens with an adverbial. */
    private static final Set<String> NOT_A_SUBJECT_START = Set.of("ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "NUM",
            "AUX", "VERB", "PART", "INTJ");

    /**
     * "Hvem præsenterede planen?" – "Leder af Økonomifunktionen præsenterede planen.": a sentence that opens with a
     * short noun phrase right before the question's verb has it as its subject (Danish puts the finite verb second), so
     * a post or a unit answers "hvem" when the minutes name no person. The phrase must open with a word the dictionary
     * reads as a noun or does not know (a name), never as a preposition, adverb or pronoun; after an adverbial opening
     * ("I maj godkendte …") the subject is the name right after the verb.
     */
    private static Optional<String> subjectBefore(Question q, int at, String verb, IndexedSentence s) {
        Matcher subject = SUBJECT.matcher(s.text().substring(0, at));
        if (!subject.matches()) {
            return Optional.empty();
        }
        String[] words = subject.group(1).split("\\s+");
        if (java.util.Arrays.stream(words).skip(1).anyMatch(w -> AUXILIARY.contains(w.toLowerCase(Locale.ROOT)))) {
            return Optional.empty(); // "Analysen er udarbejdet …": the verb is not second; the clause is a passive
        }
        List<DanishLexicon.Reading> readings = DanishLexicon.get().readings(words[0].toLowerCase(Locale.ROOT));
        boolean opensNounPhrase = readings.stream().noneMatch(r -> NOT_A_SUBJECT_START.contains(r.upos()))
                || readings.stream().anyMatch(r -> r.upos().equals("NOUN")) && readings.stream()
                .noneMatch(r -> r.upos().equals("ADP") || r.upos().equals("PRON") || r.upos().equals("DET"));
        if (opensNounPhrase) {
            return named(q, subject.group(1)) ? Optional.empty() : Optional.of(subject.group(1));
        }
        // "I maj godkendte Kommunalbestyrelsen udbuddet": after an adverbial the subject follows the verb; a name there
        boolean adverbial = readings.stream().anyMatch(r -> r.upos().equals("ADP") || r.upos().equals("ADV"));
        Matcher after = NAME_AHEAD.matcher(s.text()).region(at + verb.length(), s.text().length());
        return adverbial && after.lookingAt() && !named(q, after.group(1)) ? Optional.of(after.group(1)) : Optional.empty();
    }

    /** Auxiliaries, which stand second in a clause whose main verb comes later. */
    private static final Set<String> AUXILIARY = Set.of("er", "var", "blev", "bliver", "har", "havde", "skal", "skulle",
            "vil", "ville", "kan", "kunne");

    static Optional<String> date(Match m) {
        IndexedSentence s = m.sentence();
        boolean asksTime = ASKS_TIME.matcher(m.question().text()).find() || m.question().fact() == MeetingFact.START
                || m.question().fact() == MeetingFact.END;
        if (asksTime) {
            Optional<String> time = time(m, TIME);
            if (time.isPresent()) {
                return time;
            }
        }
        Optional<Entity> ofVerb = nearVerb(m);
        Optional<String> dated = ofVerb.or(() -> nearestEntity(m, EntityType.DATE)).map(e -> dateText(s, e));
        // "Jens Kjær forlod mødet kl. 17.20": a sentence with a time of day and no date says when by its time,
        // written with "kl." (a bare "2.50" may be an amount)
        return dated.isPresent() || asksTime ? dated : time(m, CLOCK_TIME);
    }

    /** The time of day ({@code pattern}) nearest the question's words in the sentence, as "kl. 17.20"; empty when none. */
    private static Optional<String> time(Match m, Pattern pattern) {
        IndexedSentence s = m.sentence();
        return nearest(find(pattern, s), m).map(t -> {
            String written = local(s, t[0], t[1]);
            return written.toLowerCase(Locale.ROOT).startsWith("kl") ? written : "kl. " + written;
        });
    }

    /**
     * "Hvornår vedtog udvalget, at …" – "Udvalget vedtog på mødet den 4. marts 2024, at … fra 1. april": the date
     * that stands by the question's verb dates what the question asks about, though other dates stand nearer the
     * rest of its words.
     */
    private static Optional<Entity> nearVerb(Match m) {
        List<int[]> verbs = new ArrayList<>();
        for (ContentLemmas.Term term : m.question().terms()) {
            if (term.own().stream().noneMatch(m.question().verbs()::contains)) {
                continue;
            }
            m.sentence().tokens().stream().filter(t -> t.variants().stream().anyMatch(term.exact()::contains))
                    .forEach(t -> verbs.add(new int[]{t.start(), t.end()}));
        }
        if (verbs.isEmpty()) {
            return Optional.empty();
        }
        return entities(m, EntityType.DATE).stream().filter(e -> distance(e.start(), e.end(), verbs) <= BY_THE_VERB)
                .min(Comparator.comparingInt(e -> distance(e.start(), e.end(), verbs)));
    }

    /**
     * The date as written, with what the text attaches to it: a second date it runs to ("3.april 2024 – 31. december
     * 2027"), a time ("den 4. marts 2021, kl. 14.00"); the normalised value when the writing differs.
     */
    private static String dateText(IndexedSentence s, Entity date) {
        String after = s.text().substring(Math.min(s.text().length(), Math.max(0, date.end() - s.start())));
        Matcher to = Pattern.compile("^\\s*(?:[-–]|til)\\s*").matcher(after);
        if (to.find()) {
            Optional<Entity> next = s.entities().stream()
                    .filter(e -> e.type() == EntityType.DATE && e.start() == date.end() + to.end()).findFirst();
            if (next.isPresent()) {
                return flat(local(s, date.start(), next.get().end()));
            }
        }
        Matcher time = Pattern.compile("^,?\\s*kl\\.\\s*\\d{1,2}[.:]\\d{2}").matcher(after);
        String written = dateText(date);
        return time.find() ? date.text() + time.group() + (written.equals(date.text()) ? "" : written.substring(date.text().length()))
                : written;
    }

    static Optional<String> amount(Match m) {
        Integer year = m.question().year() != null ? m.question().year() : m.question().budgetYear();
        List<Entity> amounts = entities(m, EntityType.AMOUNT);
        if (year != null) {
            List<Entity> ofYear = amounts.stream().filter(e -> year.equals(((Amount) e.value()).year())).toList();
            if (!ofYear.isEmpty()) {
                amounts = ofYear;
            }
        }
        return amounts.stream().min(nearestFirst(m))
                .map(e -> withQualifier(m.sentence(), e));
    }

    /** Who recommends, as the sentence writes it: "Magistraten", "Teknik- og Miljøforvaltningen". */
    static Optional<String> recommender(Match m) {
        Matcher r = RECOMMENDS.matcher(m.sentence().text());
        while (r.find()) {
            String who = r.group("who").strip();
            if (!named(m.question(), who)) {
                return Optional.of(who);
            }
        }
        return Optional.empty();
    }

    /** The case-number labels of {@code case-number-labels.tsv} as one alternation of regular expressions. */
    static final String CASE_NUMBER_LABELS = String.join("|", dk.referatarkiv.internal.ResourceLines.read(
            SpanExtractor.class, "case-number-labels.tsv").stream().map(String::strip).toList());

    /**
     * A case number as the minutes label it: "Sagsnr.: 21/4711", "J.nr. 2018-004567", "Sagsid.: 21/1234", "Sags-id:
     * EMN-2019-01234", "Sagsnummeret er 21/4711" (the number after a case-number label, ending in a digit); KLE
     * numbers are found wherever they stand.
     */
    static final Pattern CASE_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + CASE_NUMBER_LABELS + ")\\.?\\s*[.:]?\\s*"
            + "(?:er\\s+)?(?<number>(?:\\p{L}+-)?[\\p{L}\\d]*\\d(?:[\\p{L}\\d./-]*\\d)?)");

    /** The case number nearest the question's words: a KLE journal number, else a labelled one ({@link #CASE_NUMBER}). */
    static Optional<String> caseNumber(Match m) {
        Optional<Entity> kle = nearestEntity(m, EntityType.JOURNAL);
        if (kle.isPresent()) {
            return kle.map(Entity::text);
        }
        List<int[]> labelled = new ArrayList<>();
        Matcher c = CASE_NUMBER.matcher(m.sentence().text());
        while (c.find()) {
            if (!named(m.question(), c.group("number"))) {
                labelled.add(new int[]{c.start("number") + m.sentence().start(), c.end("number") + m.sentence().start()});
            }
        }
        return nearest(labelled, m).map(p -> local(m.sentence(), p[0], p[1]));
    }

    /**
     * A length of time as written, with the bound the text puts on it: "op til to timers varighed", "inden for to
     * uger", "højst 3 mdr.", "i en halv time". A number in digits or words ("en"/"et" only after a bound: "en dag i
     * maj" is no length) and a unit of time; a unit in the genitive only before "varighed" ("5 års jubilæum" is no
     * length), and no age ("65 år og derover", "18 år gamle").
     */
    private static final String BOUND = "(?:indtil|inden\\s+for|op\\s+til|højst|maksimalt|mindst|over|under|ca\\.|cirka|"
            + "i\\s+alt|i)\\s+";
    private static final String UNIT = "(?:(?:minut(?:ter)?|min\\.|timer?|døgn|(?:hver|arbejds)?dage?|uger?|måned(?:er)?|"
            + "mdr\\.|md\\.|år|sekund(?:er)?|sek\\.)(?![\\p{L}])(?!\\s+(?:gammel|gamle|og\\s+(?:derover|opefter|ældre)))"
            + "|(?:minutters|timers|døgns|dages|ugers|måneders|års)\\s+varighed)";
    static final Pattern DURATION = Pattern.compile("(?iu)(?<![\\p{L}\\d,.])(?:(?:" + BOUND + ")?(?:\\d+(?:[,.]\\d+)?|"
            + String.join("|", NUMBER_WORDS.keySet().stream().filter(w -> !ARTICLES.contains(w))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList())
            + "|halvand(?:en|et))|" + BOUND + "(?:en|et)(?:\\s+halvt?)?)\\s+" + UNIT);

    /** The length of time nearest the question's words ({@link #DURATION}). */
    static Optional<String> duration(Match m) {
        return nearest(find(DURATION, m.sentence()), m).map(p -> local(m.sentence(), p[0], p[1]));
    }

    static Optional<String> percent(Match m) {
        return nearestEntity(m, EntityType.PERCENT).map(Entity::text);
    }

    /** The count next to the noun asked about: "4 ladestandere", "et nyt borgerforslag", "fem legepladser". */
    static Optional<String> count(Match m) {
        String focus = m.question().focus();
        if (focus == null) {
            return Optional.empty();
        }
        List<int[]> tokens = tokens(m.sentence().text());
        String text = m.sentence().text();
        // "side 3 af 9", "punkt 3 af 7": the noun numbered within a total, which is the count asked for
        List<int[]> totals = new ArrayList<>();
        for (int j = 0; j + 3 < tokens.size(); j++) {
            if (headedBy(text.substring(tokens.get(j)[0], tokens.get(j)[1]), focus)
                    && text.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1]).matches("\\d+")
                    && text.substring(tokens.get(j + 2)[0], tokens.get(j + 2)[1]).equalsIgnoreCase("af")
                    && text.substring(tokens.get(j + 3)[0], tokens.get(j + 3)[1]).matches("\\d+")) {
                totals.add(new int[]{tokens.get(j + 3)[0] + m.sentence().start(), tokens.get(j + 3)[1] + m.sentence().start()});
            }
        }
        if (!totals.isEmpty()) {
            return nearest(totals, m).map(f -> local(m.sentence(), f[0], f[1]));
        }
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
            if (!isNumber(word)) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + FOCUS_WINDOW; j++) {
                String next = text.substring(tokens.get(j)[0], tokens.get(j)[1]);
                if (headedBy(next, focus)) {
                    found.add(new int[]{tokens.get(i)[0] + m.sentence().start(), tokens.get(j)[1] + m.sentence().start()});
                    break;
                }
            }
        }
        return nearest(found, m).map(f -> local(m.sentence(), f[0], f[1]));
    }

    /**
     * A place: for a noun that names a kind of place ("hvilken hal", "hvilken havn") the mention headed by it, else
     * the phrase after a locative preposition ("ved Skovvej i Nørreby", "i Lindby").
     */
    static Optional<String> place(Match m) {
        String focus = m.question().focus();
        if (focus != null && !PLACE_NOUNS.contains(focus)) {
            Optional<String> mention = mention(m);
            if (mention.isPresent()) {
                return mention;
            }
        }
        IndexedSentence s = m.sentence();
        String text = s.text();
        List<int[]> tokens = tokens(text);
        List<int[]> phrases = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
            if (!LOCATIVE.contains(word) || !properStart(text, tokens.get(i + 1))
                    || i > 0 && NOT_LOCATIVE_BEFORE.contains(text.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1])
                    .toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = properRun(text, tokens, i + 1);
            int[] phrase = {tokens.get(i)[0] + s.start(), tokens.get(end)[1] + s.start()};
            String inside = text.substring(tokens.get(i + 1)[0], tokens.get(end)[1]);
            int insideStart = tokens.get(i + 1)[0] + s.start();
            // "bygget i 2016", "i uge 8", "et tilskud på 2 mio. kr.": a time or a quantity after the preposition, not a place
            boolean time = s.entities().stream().anyMatch(e -> (e.type() == EntityType.DATE || e.type() == EntityType.AMOUNT
                    || e.type() == EntityType.PERCENT) && e.start() <= insideStart && insideStart < e.end());
            if (!named(m.question(), inside) && !time) {
                phrases.add(phrase);
            }
            i = end;
        }
        // a street address is a place with or without a preposition before it: "Lokalplan 12 for Skovvej 12 m.fl."
        List<int[]> addresses = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            if (!named(m.question(), address.group())) {
                addresses.add(new int[]{address.start() + s.start(), address.end() + s.start()});
            }
        }
        if (!addresses.isEmpty() && asksForAddress(focus)) {
            phrases = addresses; // "hvilken adresse": the address, not the town it is in
        } else {
            phrases.addAll(addresses);
        }
        if (phrases.isEmpty() && focus != null && PLACE_NOUNS.contains(focus)) {
            return mention(m);
        }
        // a sentence's closing stop or comma goes, the abbreviation's stop stays ("m.fl.")
        return nearest(phrases, m).map(p -> flat(local(s, p[0], p[1])).replaceAll("(?<!\\bm\\.fl)[,.]$", ""));
    }

    /** Whether the noun a question asks with ("hvilken adresse", "hvilke ejendomme") asks for a street address. */
    static boolean asksForAddress(String focus) {
        return focus != null && ADDRESS_NOUNS.stream().anyMatch(focus::startsWith);
    }

    /** Whether the text writes a street address ("Skovvej 12", "Torvegade 3B m.fl."). */
    static boolean hasAddress(String text) {
        // the figure first: the expression costs far more on a sentence without one (a list of names)
        return text.chars().anyMatch(Character::isDigit) && ADDRESS.matcher(text).find();
    }

    /** For "hvilken/hvilket X": the mention headed by X, with the name before it or the number and name after it. */
    static Optional<String> mention(Match m) {
        String focus = m.question().focus();
        if (focus == null) {
            return Optional.empty();
        }
        IndexedSentence s = m.sentence();
        String text = s.text();
        List<int[]> tokens = tokens(text);
        List<int[]> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (!headedBy(word, focus)) {
                continue;
            }
            int from = i;
            int to = i;
            boolean compound = stem(word.toLowerCase(Locale.ROOT)).length() > stem(focus).length() + 2
                    && Character.isUpperCase(word.codePointAt(0));
            // the name before the head: "Egeskov Kirkes kor", "Søholm Idræts- og Kulturhus"
            while (from > 0 && (properStart(text, tokens.get(from - 1))
                    || text.substring(tokens.get(from - 1)[0], tokens.get(from - 1)[1]).equals("og")
                    && from > 1 && text.substring(tokens.get(from - 2)[0], tokens.get(from - 2)[1]).endsWith("-"))) {
                from--;
            }
            if (from > 0 && from < i && text.substring(tokens.get(from)[0], tokens.get(from)[1]).equals("og")) {
                from++;
            }
            // the number and name after it: "Lokalplan nr. 012 for Rosenhaven 3, Sønderby"
            int next = i + 1;
            if (next < tokens.size() && text.substring(tokens.get(next)[0], tokens.get(next)[1]).equalsIgnoreCase("nr.")) {
                next++;
            }
            if (next < tokens.size() && NUMBER.matcher(text.substring(tokens.get(next)[0], tokens.get(next)[1])).matches()) {
                to = next;
                if (to + 2 < tokens.size() && text.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1]).equals("for")
                        && properStart(text, tokens.get(to + 2))) {
                    to = properRun(text, tokens, to + 2);
                } else {
                    to = aboutWhat(text, tokens, to);
                }
            }
            // a name in quotes right after it: 'cykelprojektet "Cykl til skole"', 'ordningen »Grøn by«'
            if (to == i && to + 1 < tokens.size() && QUOTES.indexOf(text.charAt(tokens.get(to + 1)[0])) >= 0
                    && tokens.get(to + 1)[0] > tokens.get(to)[1]) { // an opening mark stands apart from the head
                int open = tokens.get(to + 1)[0];
                int close = -1;
                for (int c = open + 1; c < text.length() && c - open <= MAX_PARENTHESIS; c++) {
                    if (QUOTES.indexOf(text.charAt(c)) >= 0) {
                        close = c;
                        break;
                    }
                }
                if (close > open + 1) {
                    while (to + 1 < tokens.size() && tokens.get(to + 1)[1] <= close + 1) {
                        to++;
                    }
                }
            }
            // what the text adds right after: "(Rækkehuse på Torvet i Sønderby)", "i Nordby"
            if (to + 1 < tokens.size() && text.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1]).equals("(")) {
                int close = text.indexOf(')', tokens.get(to + 1)[0]);
                if (close > 0 && close - tokens.get(to + 1)[0] <= MAX_PARENTHESIS) {
                    while (to + 1 < tokens.size() && tokens.get(to + 1)[1] <= close + 1) {
                        to++;
                    }
                }
            } else if (to + 2 < tokens.size() && LOCATIVE.contains(text.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1]))
                    && properStart(text, tokens.get(to + 2))) {
                to = properRun(text, tokens, to + 2);
            }
            if (from == i && to == i && !compound) {
                continue; // the bare noun names nothing
            }
            // a list of them: "Punkt 21, 22 og 23", "sag nr. 4,7 og 12", "Vestskolen og Østskolen"
            boolean numbered = to > i;
            while (to + 2 < tokens.size() && Set.of(",", "og", "&").contains(text.substring(tokens.get(to + 1)[0], tokens.get(to + 1)[1]))) {
                String listed = text.substring(tokens.get(to + 2)[0], tokens.get(to + 2)[1]);
                if (numbered ? NUMBER.matcher(listed).matches() : headedBy(listed, focus) && !listed.equalsIgnoreCase(focus)) {
                    to += 2;
                } else {
                    break;
                }
            }
            String mention = text.substring(tokens.get(from)[0], tokens.get(to)[1]);
            if (!named(m.question(), mention)) {
                mentions.add(new int[]{tokens.get(from)[0] + s.start(), tokens.get(to)[1] + s.start()});
            }
        }
        return nearest(mentions, m).map(p -> flat(local(s, p[0], p[1])).replaceAll("[,.]$", ""));
    }

    /**
     * What a numbered mention is about, written right after it: "sag 6 angående vejbelysningen på Torvegade trækkes
     * tilbage" names the item by its matter too. The phrase after "vedrørende / vedr. / angående / om" runs to the first word
     * the dictionary knows only as a verb (or, written in lower case, does not know and that ends as a finite verb:
     * present "-r", passive "-es", past "-ede" / "-te"), a finite auxiliary ("blev", "skal"), a comma or the sentence's
     * end, at most {@link #MAX_ABOUT} words.
     * Returns the mention's last token.
     */
    private static int aboutWhat(String text, List<int[]> tokens, int last) {
        if (last + 2 >= tokens.size() || !ABOUT.contains(text.substring(tokens.get(last + 1)[0], tokens.get(last + 1)[1])
                .toLowerCase(Locale.ROOT))) {
            return last;
        }
        int to = last;
        for (int k = last + 2; k < tokens.size() && k <= last + 1 + MAX_ABOUT; k++) {
            String word = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
            List<DanishLexicon.Reading> readings = DanishLexicon.get().readingsOrCompound(word.toLowerCase(Locale.ROOT));
            boolean unknownVerbLike = readings.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                    && FINITE_VERB_ENDING.matcher(word).find();
            if (unknownVerbLike || FINITE_AUXILIARIES.contains(word.toLowerCase(Locale.ROOT))
                    || !readings.isEmpty() && readings.stream().allMatch(r -> r.upos().equals("VERB") || r.upos().equals("AUX"))) {
                break; // a verb: known as one, or unknown and ending as finite verbs do ("udgår", "udsættes")
            }
            to = k;
            int end = tokens.get(k)[1];
            if (end < text.length() && ",;:".indexOf(text.charAt(end)) >= 0) {
                break;
            }
        }
        return to;
    }

    /** The words that introduce what a numbered mention is about ("vedr." is a token without its full stop). */
    private static final Set<String> ABOUT = Set.of("vedrørende", "vedr", "vedr.", "angående", "om");
    /** Finite auxiliaries and copulas, which end the phrase whatever else the dictionary reads them as. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("er", "var", "blev", "bliver", "skal", "skulle", "kan",
            "kunne", "vil", "ville", "må", "måtte", "bør", "burde", "har", "havde");
    private static final Pattern FINITE_VERB_ENDING = Pattern.compile("(?:r|es|ede|te)$");
    private static final int MAX_ABOUT = 12;

    /** Whether the word is a number, in figures or in words ("3", "tre"). */
    static boolean isNumber(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NUMBER.matcher(lower).matches() || NUMBER_WORDS.containsKey(lower);
    }

    /** Whether the text writes a number in words ("tre", "tolv", "et"), from the same list the extractor reads numbers by. */
    static boolean hasNumberWord(String text) {
        return hasNumberWord(text, true);
    }

    /**
     * As {@link #hasNumberWord(String)}; without {@code articles}, "en" and "et" do not count: they are the articles too
     * often to show, without the noun asked about after them, that a text says how many ("Der er lavet et notat om
     * broen").
     */
    static boolean hasNumberWord(String text, boolean articles) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NUMBER_WORDS.containsKey(word) && (articles || !ARTICLES.contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question names the text (compared as letters and digits), so that it is no answer. */
    static boolean named(Question q, String text) {
        String key = words(text);
        if (key.isEmpty()) {
            return false;
        }
        // whole words from the first: "1. maj 2024" is not named by "11. maj 2024"; a genitive or compound
        // ending after the last word still counts ("Bo Holms orlov" names Bo Holm)
        String question = words(q.text());
        for (int at = question.indexOf(key); at >= 0; at = question.indexOf(key, at + 1)) {
            int end = at + key.length();
            boolean starts = at == 0 || question.charAt(at - 1) == ' ';
            boolean ends = end == question.length() || !Character.isDigit(question.charAt(end))
                    && !(Character.isDigit(key.charAt(key.length() - 1)) && Character.isLetterOrDigit(question.charAt(end)));
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, "&" as "og", letters and digits with one space between runs: how {@link #named} compares. */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", " og ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean headedBy(String word, String focus) {
        String w = stem(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\-]", ""));
        String f = stem(focus.toLowerCase(Locale.ROOT));
        if (f.length() == 1) {
            // "hvilken ø", "hvilken å": a one-letter noun heads names only ("Lilleø", "Skovå"); among ordinary
            // words it is just a last letter ("miljø", "niveau")
            return w.length() >= 3 && w.endsWith(f) && !DanishLexicon.get().hasOrdinaryReading(w);
        }
        return f.length() >= 2 && w.endsWith(f) && (w.length() == f.length() || w.length() > f.length() + 2);
    }

    /** A noun without its Danish definite, plural or genitive ending, roughly: "skolens" → "skol", "hallen" → "hal". */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String ending : List.of("erne", "ene", "en", "et", "er", "e", "n")) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) {
            w = w.substring(0, w.length() - 1); // "hallen" → "hall" → "hal"
        }
        return w;
    }

    private static boolean properStart(String text, int[] token) {
        String word = text.substring(token[0], token[1]);
        return CAPITALISED.matcher(word).matches() || NUMBER.matcher(word).matches() && !word.contains(",");
    }

    /** The last token of a run of capitalised words and numbers, joined by "i", "ved", "og", commas and slashes. */
    private static int properRun(String text, List<int[]> tokens, int start) {
        int end = start;
        int i = start + 1;
        while (i < tokens.size()) {
            String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (properStart(text, tokens.get(i))) {
                end = i;
                i++;
            } else if (JOINERS.contains(word.toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()
                    && properStart(text, tokens.get(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        // "i Nørreby by": a town's name with the word for town after it
        if (end + 1 < tokens.size() && text.substring(tokens.get(end + 1)[0], tokens.get(end + 1)[1]).equals("by")
                && CAPITALISED.matcher(text.substring(tokens.get(end)[0], tokens.get(end)[1])).matches()) {
            end++;
        }
        return end;
    }

    /** Word endings of titles written before a name (data file {@code person-titles.tsv}). */
    private static final List<String> PERSON_TITLES = dk.referatarkiv.internal.ResourceLines.read(SpanExtractor.class,
            "person-titles.tsv").stream().map(String::strip).toList();
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    /** A word that names a title or post ("formand", "næstformand", "projektleder"): it ends as one of them, any case. */
    static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSON_TITLES.stream().anyMatch(w::endsWith);
    }

    /**
     * "Borgmester " when the text writes a title right before the name at {@code start} ("Borgmester Ane Krog
     * beder …"), as written; else empty.
     */
    private static String title(IndexedSentence s, int start) {
        int at = start - s.start();
        if (at <= 0 || at > s.text().length()) {
            return "";
        }
        Matcher w = WORD_BEFORE.matcher(s.text().substring(Math.max(0, at - 40), at));
        if (!w.find()) {
            return "";
        }
        return isTitleWord(w.group(1)) ? w.group(1) + " " : "";
    }

    /**
     * The one person whose own note holds more of the question's words than any other's; none when two tie (a unit
     * they share in brackets says nothing of which of them is asked for).
     */
    private static Optional<Entity> ownNoteAsked(Match m, List<Entity> persons) {
        Entity best = null;
        int most = 0;
        boolean tie = false;
        for (Entity e : persons) {
            int n = matchedInOwnNote(m, e);
            if (n > most) {
                best = e;
                most = n;
                tie = false;
            } else if (n == most && n > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** How many of the question's matched words stand inside the parenthesis written right after the person's name. */
    private static int matchedInOwnNote(Match m, Entity person) {
        IndexedSentence s = m.sentence();
        return after(s, person.end(), OWN_NOTE).map(note -> {
            int from = s.start() + note.start(1);
            int to = s.start() + note.end(1);
            return (int) m.matched().stream().filter(r -> r[0] >= from && r[1] <= to).map(r -> r[0]).distinct().count();
        }).orElse(0);
    }

    private static boolean listed(IndexedSentence s, Entity a, Entity b) {
        int from = a.end() - s.start();
        int to = b.start() - s.start();
        return from >= 0 && to >= from && to <= s.text().length() && LIST_GAP.matcher(s.text().substring(from, to)).matches();
    }

    /** "(V)" when the text writes a party or note in parentheses right after the offset; else empty. */
    private static String party(IndexedSentence s, int end) {
        return after(s, end, PARTY).map(p -> " " + p.group().strip()).orElse("");
    }

    /** The pattern matched right at section offset {@code end} of the sentence (after a name), if it matches there. */
    private static Optional<Matcher> after(IndexedSentence s, int end, Pattern pattern) {
        int at = end - s.start();
        if (at < 0 || at > s.text().length()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(s.text()).region(at, s.text().length());
        return m.lookingAt() ? Optional.of(m) : Optional.empty();
    }

    /** "12,5 mio. kr. i overskud", "mindst 40 mio. kr.": a qualifier the text writes around the amount. */
    private static String withQualifier(IndexedSentence s, Entity e) {
        String amount = e.text();
        Integer year = ((Amount) e.value()).year();
        int before = e.start() - s.start();
        String prefix = "";
        if (before > 0) {
            Matcher q = Pattern.compile("(?iu)\\b(mindst|maksimalt|højst|op til|ca\\.|cirka|i alt|samlet)\\s+$")
                    .matcher(s.text().substring(Math.max(0, before - 20), before));
            if (q.find()) {
                prefix = q.group(1) + " ";
            }
        }
        Matcher unit = AMOUNT_UNIT.matcher(s.text().substring(Math.min(s.text().length(), Math.max(0, e.end() - s.start()))));
        String suffix = unit.find() ? unit.group() : "";
        return prefix + amount + suffix + (year == null ? "" : " i " + year);
    }

    private static Optional<Entity> nearestEntity(Match m, EntityType type) {
        return entities(m, type).stream().min(nearestFirst(m));
    }

    private static List<Entity> entities(Match m, EntityType type) {
        return m.sentence().entities().stream().filter(e -> e.type() == type && !named(m.question(), e.text())).toList();
    }

    private static String dateText(Entity date) {
        String label = date.label();
        String written = date.text();
        return written.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).contains(label.replaceAll("\\s+", "").toLowerCase(Locale.ROOT))
                ? written : written + " (" + label + ")";
    }

    private static List<int[]> find(Pattern pattern, IndexedSentence s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(s.text());
        while (m.find()) {
            out.add(new int[]{m.start() + s.start(), m.end() + s.start()});
        }
        return out;
    }

    private static Optional<int[]> nearest(List<int[]> spans, Match m) {
        return spans.stream().min(Comparator.comparingInt(p -> distance(p[0], p[1], m.matched())));
    }

    /** Mentions nearest the matched words first ({@link #distance}), then the earlier. */
    private static Comparator<Entity> nearestFirst(Match m) {
        return Comparator.comparingInt(e -> distance(e.start(), e.end(), m.matched()));
    }

    /**
     * How far a match of only a part of a compound counts as farther than it stands, in characters: a mention next to
     * the question's word as written beats one next to a compound that only ends in it ("leder Mona
     * Krag" over "projektleder Lars Holt" for "Hvem er leder af …"), also a few characters farther.
     */
    private static final int PART_MATCH_DISTANCE = 20;

    /**
     * Characters between a mention and the nearest matched word (0 when they overlap); a matched word whose third
     * value is 0 (matched by a compound's part or a wider variant, see {@code SentenceAnswerer.score}) counts
     * {@link #PART_MATCH_DISTANCE} farther.
     */
    static int distance(int start, int end, List<int[]> matched) {
        int best = matched.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (int[] w : matched) {
            int d = start >= w[1] ? start - w[1] : w[0] >= end ? w[0] - end : 0;
            best = Math.min(best, w.length > 2 && w[2] == 0 ? d + PART_MATCH_DISTANCE : d);
        }
        return best;
    }

    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            // a sentence's or list's punctuation is not part of the word ("Nordby,", "Lindby."), an
            // abbreviation's full stop is ("nr.", "Sdr.", "m.fl.")
            while (end > m.start() + 1 && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String word = text.substring(m.start(), end);
            if (word.length() > 4 && word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
                end--;
            }
            out.add(new int[]{m.start(), end});
        }
        return out;
    }

    /** Text of the sentence between two section offsets. */
    private static String local(IndexedSentence s, int start, int end) {
        return s.text().substring(Math.max(0, start - s.start()), Math.min(s.text().length(), end - s.start()));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new HashMap<>();
        for (String line : ResourceLines.read(SpanExtractor.class, "number-words.tsv")) {
            String[] cols = line.split("\t");
            words.put(cols[0].strip(), Integer.parseInt(cols[1].strip()));
        }
        return Map.copyOf(words);
    }
}
