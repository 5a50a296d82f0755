package dk.referatarkiv.qa;

import dk.referatarkiv.entities.BudgetYearExtractor;
import dk.referatarkiv.entities.DateExtractor;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.entities.OrganisationExtractor;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.Token;
import dk.referatarkiv.people.Roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analyses a Danish question on the same NLP pipeline as the archive: the question word and the answer type it wants,
 * the content lemmas, and the constraints it carries (budget year, year, date, network or unit, role), tolerant of
 * missing question marks, word order and case as users type them. Thread-safe.
 */
final class QuestionAnalyzer {

    private static final Pattern QUESTION_WORD = Pattern.compile(
            "\\b(hvad|hvilke|hvilket|hvilken|hvordan|hvorfor|hvor|hvem|hvornår|hvorfra|hvortil|hvorledes|hvormed|hvorhen)\\b");
    private static final Pattern BEFORE = Pattern.compile("\\b(?:før|inden)\\s*$");
    /** A yes/no question starts with a finite verb: "Blev lokalplanen vedtaget …", "Var der indsigelser …". */
    private static final Pattern YES_NO = Pattern.compile(
            "^(?:blev|bliver|var|er|mødte|har|havde|skal|skulle|kan|kunne|vil|ville|får|fik|findes|gik|kom|deltog)\\s");
    /** "hvilken ny hal", "hvilket stort projekt", "hvor mange ladestandere": the noun after these is what the answer names. */
    private static final Set<String> NOT_A_FOCUS = Set.of("ADJ", "NUM", "DET", "ADV", "AUX", "PRON", "ADP", "CCONJ",
            "SCONJ", "PART", "PUNCT");
    /** The types the keyword rows of the type table give ("… samlet beløb", "høringsfrist …", "mødested …", "antal …"). */
    private static final Set<AnswerType> KEYWORD_TYPES = Set.of(AnswerType.AMOUNT, AnswerType.DATE, AnswerType.PLACE,
            AnswerType.COUNT);
    /** What an attributive adjective stands before: its noun, or more adjectives or a number before it. */
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> FOCUS_WORDS = Set.of("hvilken", "hvilket", "hvilke", "mange");
    /** Words that ask about a network's leader without naming the role. */
    private static final Set<String> LEADER_WORDS = Set.of("leder", "lede", "formand", "ansvarlig", "referenceleder");

    /** Nouns for agenda items: "hvilke sager / punkter" asks for items. */
    static final Set<String> ITEM_NOUNS = Set.of("sag", "sager", "punkt", "punkter", "dagsordenspunkt",
            "dagsordenspunkter");
    /**
     * Words (lemmas) of recommending and proposing: a question with one may be about the recommendation or a
     * proposal rather than the decision, so the decision is not preferred for it (nor is the recommendation).
     */
    private static final Set<String> RECOMMENDING = Set.of("indstille", "indstilling", "foreslå", "forslag", "anbefale",
            "anbefaling");
    /**
     * How the past tense (udpegede, sagde) and past participle (udpeget) of a regular Danish verb end; not a present
     * participle (gældende, kommende).
     */
    private static final Pattern PAST_FORM = Pattern.compile("(?:(?<!en)de|te|t)$");
    /** Verbs (lemmas) that say what was, not what was done: "Hvem havde ansvaret …", "Hvad burde …". */
    private static final Set<String> STATE_VERBS = Set.of("have", "være", "burde", "måtte", "kunne", "skulle", "ville");
    /** Question words that frame a decision question rather than say what it is about. */
    private static final Set<String> DECISION_FRAME = Set.of("beslutte", "beslutning", "besluttet", "vedtage", "godkende",
            "behandle", "møde");

    /**
     * Words for the meeting itself and its handling of an item: when the question names the meeting's date ("på
     * mødet den 14. maj 2024", "ifølge dagsordenen 11. juni 2024", "som byrådet behandlede 3. april 2024") they
     * point at the meeting, which the date selects, and say nothing about which of its sentences answers.
     */
    private static final Set<String> MEETING_FRAME = Set.of("møde", "dagsorden", "referat", "behandle");
    /** After these the meeting word is what the question is about ("godkendelse af dagsordenen"), not a pointer. */
    private static final Set<String> OBJECT_OF = Set.of("af", "om");

    /** The word a case-number question asks with ("sagsnummeret", "journalnr."): the kind asked, not a word to find. */
    private static final Pattern CASE_NUMBER_WORD = Pattern.compile("(?:" + SpanExtractor.CASE_NUMBER_LABELS + ")\\.?");
    /**
     * "ud over Bo Holm", "bortset fra Bo Holm": the name after these is one the answer leaves out, so its words are
     * not words to find (the answer never is a span the question names).
     */
    private static final Pattern EXCEPT_NAME = Pattern.compile(
            "(?<!\\p{L})(?iu:ud\\s+over|udover|foruden|bortset\\s+fra|undtagen)\\s+"
                    + "(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4})");
    private static final Pattern YEAR_WORD = Pattern.compile("(?iu)år(?:et)?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** The word before a span of years that makes it a time ("i 2023-2026", "fra 2024-2027", "i perioden 2025-2028"). */
    private static final Set<String> BEFORE_A_TIME = Set.of("i", "fra", "for", "til", "mellem", "over", "perioden",
            "årene", "årrække", "og", "eller", "siden", "inden", "før", "efter");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    /** Nouns whose name carries a span of years: plans, policies, strategies, programmes, agreements, budgets. */
    private static final Pattern PLAN_NOUN = Pattern.compile("(?iu)\\p{L}*(?:plan|politik|strategi|program|aftale|vision"
            + "|katalog|budget|overslag)(?:en|et|ken|men|s)?");

    /**
     * A span of years written right after a plan's noun is part of its name ("kulturpolitik 2023-2026", "handleplan
     * 2024-2027"): the period of the plan, not when the meeting was, so it does not name the meeting. After another
     * noun it still dates ("formand 2018-2021").
     */
    static boolean namesAPeriodOf(String question, Entity date) {
        if (!(date.value() instanceof DateRange r) || r.precision() != DateRange.Precision.YEAR || r.end() == null
                || r.start().getYear() == r.end().getYear()) {
            return false;
        }
        Matcher before = WORD_BEFORE.matcher(question.substring(0, date.start()));
        return before.find() && !BEFORE_A_TIME.contains(before.group(1).toLowerCase(Locale.ROOT))
                && PLAN_NOUN.matcher(before.group(1)).matches();
    }

    /** Verbs that frame a place question ("Hvor skal børnehaven ligge?") rather than say what it is about. */
    private static final Set<String> PLACE_FRAME = Set.of("ligge", "ligger", "lå", "placere", "placeres", "beliggende",
            "befinde");
    /** Words that ask for a name ("Hvad hedder direktøren?", "Hvad er navnet på …"): the kind asked, not words to find. */
    private static final Set<String> NAME_FRAME = Set.of("hedde", "hedder", "hed", "navn", "navnet");
    /**
     * Words that frame a question for the recommender ("Hvilken direktør stod bag forslaget om …", "Hvem indstiller
     * …"): the recommendation and the kind of recommender are what the question asks, not what it is about.
     */
    private static final Set<String> ROLE_FRAME = Set.of("stå", "stod", "står", "forslag", "forslaget", "indstilling",
            "indstillingen", "anbefaling", "anbefalingen", "indstille", "indstiller", "indstillede", "foreslå", "foreslår",
            "foreslog", "anbefale", "anbefaler", "anbefalede");
    /**
     * The verbs of a request that stands for a question word ("Vis hvor meget …", "Find slutdatoen …", "Kan du nævne
     * …"): at the start, or after "du", they ask; they are not words to find.
     */
    private static final Set<String> REQUEST_VERBS = Set.of("vis", "vise", "find", "finde", "søg", "søge", "angiv",
            "angive", "nævn", "nævne", "oplys", "oplyse", "fortæl", "fortælle", "list", "liste");
    /** Words that ask how long ("Hvor lang tid tager …", "Hvor længe varer …"): the kind asked, not words to find. */
    private static final Set<String> DURATION_FRAME = Set.of("lang", "længe", "tid", "varighed", "vare");

    private final DanishPipeline pipeline;
    private final Synonyms synonyms;
    private final Set<String> roles;
    private final Collection<String> networks;
    /** The names of the bodies whose minutes the archive holds: every sentence is about them, so they select nothing. */
    private final Set<String> bodies;
    private final OrganisationExtractor organisations;
    private final ConstraintReader constraints;

    QuestionAnalyzer(DanishPipeline pipeline, Synonyms synonyms, Set<String> roles, Collection<String> networks,
                     Set<String> bodies, OrganisationGazetteer gazetteer, ConstraintReader constraints) {
        this.constraints = constraints;
        this.bodies = bodies.stream().map(b -> b.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.pipeline = pipeline;
        this.synonyms = synonyms;
        this.roles = Set.copyOf(roles);
        this.networks = List.copyOf(networks);
        this.organisations = new OrganisationExtractor(gazetteer);
    }

    Question analyse(String text) {
        String q = text.strip().replaceAll("[?!.]+$", "");
        String lower = q.toLowerCase(Locale.ROOT);
        AnnotatedText annotated = pipeline.annotate(q);
        AnswerType type = type(lower);
        boolean yesNo = isYesNo(text, annotated.tokens());
        boolean keywords = withoutQuestionWord(text);
        if (type == AnswerType.NONE && yesNo || yesNo && KEYWORD_TYPES.contains(type) && keywords) {
            // "Er fristen overholdt?" asks whether, not for the date its noun names as a keyword would
            type = AnswerType.OTHER;
        }
        String focus = focus(annotated.tokens());
        // "Hvad hedder projektet, som …": the words that ask for a name ask what kind of answer, whatever the type
        String nameOf = named(annotated.tokens());
        if (focus == null && type == AnswerType.OTHER) {
            focus = nameOf;
        }
        if (focus == null && keywords) {
            focus = kindNoun(annotated.tokens(), type);
        }
        // "Hvilke sager behandlede …": the items and their handling frame the question; the rest says what about
        boolean asksForItems = focus != null && ITEM_NOUNS.contains(focus);
        List<Entity> budgets = new BudgetYearExtractor().extract(q, "q");
        List<Entity> dates = new DateExtractor().extract(q, "q", LocalDate.now());
        // "budgetforslag 2031-2034" names a budget, not when the meeting was: such years date nothing
        List<Entity> meetingDates = dates.stream().filter(d -> budgets.stream()
                .noneMatch(b -> d.start() >= b.start() && d.end() <= b.end()))
                .filter(d -> !namesAPeriodOf(q, d)).toList();
        QuestionConstraints named = constraints.read(q, meetingDates);
        // "liste V", "Venstres": the party is looked for as a party in the sentences, not as the words "liste", "venstre"
        Optional<PartyNames.Named> party = PartyNames.DEFAULT.first(q);
        List<ContentLemmas.Term> terms = new java.util.ArrayList<>();
        List<ContentLemmas.Term> framing = new java.util.ArrayList<>();
        Set<String> verbs = new LinkedHashSet<>();
        Matcher except = EXCEPT_NAME.matcher(q);
        int[] excepted = except.find() ? new int[]{except.start(1), except.end(1)} : new int[]{-1, -1};
        String previous = "";
        List<Token> tokens = annotated.tokens();
        // where each of the question's sentences begins: its first word has its capital from the sentence
        Set<Integer> firstWords = new java.util.HashSet<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            int first = ContentLemmas.firstWordIndex(sentence.tokens());
            if (first >= 0) {
                firstWords.add(sentence.tokens().get(first).start());
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String before = previous;
            previous = t.text();
            if (namesTheYear(t, k + 1 < tokens.size() ? tokens.get(k + 1) : null)) {
                continue;
            }
            if ((k == 0 || before.equalsIgnoreCase("du")) && REQUEST_VERBS.contains(t.text().toLowerCase(Locale.ROOT))
                    && k + 1 < tokens.size()) {
                continue;
            }
            // Words of a date are a constraint ("før maj 2017"), not words to find in the answer sentence; so are the
            // municipality, body and item numbers the question names: they rank meetings instead.
            if (!ContentLemmas.isContent(t, firstWords.contains(t.start())) || dates.stream().anyMatch(d -> t.start() >= d.start() && t.end() <= d.end())
                    || named.covers(t.start(), t.end()) || t.start() >= excepted[0] && t.end() <= excepted[1]
                    // "Hvilke tre skoler …": how many the answer names, not a word of it
                    || before.equalsIgnoreCase("hvilke") && SpanExtractor.isNumber(t.text())
                    || party.isPresent() && t.start() >= party.get().start() && t.end() <= party.get().end()) {
                continue;
            }
            ContentLemmas.Term term = ContentLemmas.term(t, synonyms);
            boolean frame = (type == AnswerType.DECISION || type == AnswerType.DECISIONS || asksForItems)
                    && (term.exact().stream().anyMatch(DECISION_FRAME::contains)
                    || asksForItems && term.exact().stream().anyMatch(ITEM_NOUNS::contains))
                    || type == AnswerType.PLACE && term.own().stream().anyMatch(PLACE_FRAME::contains)
                    || type == AnswerType.DURATION && term.own().stream().anyMatch(DURATION_FRAME::contains)
                    || (type == AnswerType.PERSON || type == AnswerType.OTHER && nameOf != null)
                    && term.own().stream().anyMatch(NAME_FRAME::contains)
                    || type == AnswerType.ROLE && (term.own().stream().anyMatch(ROLE_FRAME::contains)
                    || focus != null && term.own().contains(focus))
                    // "sagsnummeret for sagen om X": the number and the case it belongs to frame the question
                    || type == AnswerType.JOURNAL && (term.own().stream().anyMatch(w -> CASE_NUMBER_WORD.matcher(w).matches())
                    || term.exact().stream().anyMatch(ITEM_NOUNS::contains))
                    || named.date() != null && term.own().stream().anyMatch(MEETING_FRAME::contains)
                    && !OBJECT_OF.contains(before.toLowerCase(Locale.ROOT));
            boolean body = term.own().stream().anyMatch(w -> bodies.contains(w) || bodies.contains(w.replaceAll("s$", "")));
            if (frame && !body) {
                framing.add(term);
            }
            if (term.exact().isEmpty() || frame || body) {
                continue;
            }
            terms.add(term);
            if (t.upos().equals("VERB")) {
                verbs.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        if (terms.isEmpty() && !framing.isEmpty()) {
            terms.addAll(framing); // a question of frame words only ("Hvilket punkt kom efter pkt. 4?") keeps them
        }
        Integer budgetYear = budgets.stream().map(e -> (Integer) e.value()).findFirst().orElse(null);
        Integer year = null;
        LocalDate at = null;
        for (Entity date : meetingDates) {
            DateRange r = (DateRange) date.value();
            boolean before = BEFORE.matcher(lower.substring(0, Math.min(lower.length(), date.start()))).find();
            if (before) {
                at = r.start().minusDays(1);
            } else if (r.isDay()) {
                at = r.start();
            } else if (r.end() != null) {
                // "i april 2021", "i 2024": a role question asks about the end of the period (the latest the archive
                // knows in it); a year also restricts the items read.
                at = r.end().isAfter(LocalDate.now()) ? LocalDate.now() : r.end();
                if (r.precision() == DateRange.Precision.YEAR && budgetYear == null) {
                    year = r.start().getYear();
                }
            }
        }
        String organisation = network(lower);
        if (organisation == null) {
            organisation = organisations.extract(q, "q").stream().filter(e -> e.type() == EntityType.UNIT)
                    .map(e -> String.valueOf(e.value())).findFirst().orElse(null);
        }
        String role = role(annotated, organisation != null && network(lower) != null);
        MeetingFact fact = CueTable.MEETING_FACTS.match(lower).orElse(null);
        return new Question(text, type, terms, verbs, budgetYear, year, at, organisation, role, named, fact, focus,
                party.map(PartyNames.Named::letter).orElse(null), asksWhatWasDone(annotated.tokens()));
    }

    /**
     * "for år 2030", "i året 2030": the word "år" before a year only says that the number is one; the year is the word
     * to find (or a date), "år" itself is seldom written beside it in the answer ("I 2030 ventes et overskud …").
     */
    private static boolean namesTheYear(Token t, Token next) {
        return next != null && YEAR_WORD.matcher(t.text()).matches() && YEAR.matcher(next.text()).matches();
    }

    /**
     * Whether the question asks about something done: a verb (by its tag, so "til stede" does not count; not "have",
     * "være" or a modal) in a past form — one of a strong or irregular verb other than its infinitive and present
     * ("valgte", "valgt", "gik"; the present told by its "-r", so the odd present "ved" counts too), or a regular one
     * ending as past tenses and past participles do ("udpegede", "udpeget") — that does not stand before its noun
     * ("den samlede sum"); and no word of recommending or proposing anywhere ("Hvem havde borgmesteren indstillet …"
     * may ask about the recommendation rather than the decision).
     */
    static boolean asksWhatWasDone(List<Token> tokens) {
        boolean past = false;
        Token previous = null;
        for (Token t : tokens) {
            String form = t.text().toLowerCase(Locale.ROOT);
            Optional<String> irregular = ContentLemmas.irregular(form, false);
            String lemma = irregular.orElse(t.lemma().toLowerCase(Locale.ROOT));
            if (RECOMMENDING.contains(lemma)) {
                return false;
            }
            // a participle before its noun describes it: "den samlede sum", "kommunens samlede udgifter", "mange ansatte"
            boolean attributive = previous != null && (previous.upos().equals("DET") || previous.upos().equals("ADJ")
                    || previous.upos().equals("NOUN") && previous.text().endsWith("s"));
            if (t.upos().equals("VERB") && !attributive && !form.equals(lemma) && !STATE_VERBS.contains(lemma)) {
                past |= irregular.isPresent() ? !form.endsWith("r") : PAST_FORM.matcher(form).find();
            }
            previous = t;
        }
        return past;
    }

    /** A question without a question word: a yes/no question ("Vedtog udvalget planen?") or keywords. */
    static boolean withoutQuestionWord(String question) {
        return !QUESTION_WORD.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    private static AnswerType type(String q) {
        Optional<AnswerType> listed = CueTable.ANSWER_TYPES.match(q);
        if (listed.isPresent()) {
            return listed.get();
        }
        // Keywords without a question word are a search, not a question; a yes/no question is answered by its sentence.
        return QUESTION_WORD.matcher(q).find() || YES_NO.matcher(q).find() ? AnswerType.OTHER : AnswerType.NONE;
    }

    /**
     * Keywords without a question word ask by a noun that names the kind of answer ("budgetkatalog 2025 samlet beløb"):
     * the word that alone gives the question's type is its focus, as the noun after "hvilken" is, and so no word the
     * answer sentence must repeat. The keyword rows of the type table list only nouns, so the word's own match says
     * it is one; the tagger, which reads sentences, often tags a list of keywords otherwise.
     */
    private static String kindNoun(List<Token> tokens, AnswerType type) {
        for (Token t : tokens) {
            String word = t.text().toLowerCase(Locale.ROOT);
            if (CueTable.ANSWER_TYPES.match(word).filter(type::equals).isPresent()) {
                return word;
            }
        }
        return null;
    }

    /**
     * A yes/no question the list of {@link #YES_NO} verbs does not know: one asked with a question mark that starts
     * with a verb ("Godkendte udvalget planen?", "Indgik kommunen aftalen?"), told by the tagger.
     */
    private static boolean isYesNo(String text, List<Token> tokens) {
        if (!text.strip().endsWith("?") || tokens.isEmpty()) {
            return false;
        }
        String upos = tokens.get(0).upos();
        return upos.equals("VERB") || upos.equals("AUX");
    }

    /** The first noun within three words after "hvilken" / "hvor mange" (past adjectives), lower case, or null. */
    private static String focus(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!FOCUS_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
                Token t = tokens.get(j);
                // a noun; the word right after "hvilke" is one whatever the tagger says ("hvilke sager"), and so is an
                // "adjective" the dictionary does not know as one and the tagger does not read as a form of another
                // word, with no noun after it to describe ("hvor mange penge fik …": the tagger's guess; not "hvor
                // mange flere", a form of "mange")
                boolean noun = t.upos().equals("NOUN") || t.upos().equals("PROPN")
                        || j == i + 1 && (!NOT_A_FOCUS.contains(t.upos()) || t.upos().equals("ADJ") && describesNothing(tokens, j)
                        && noAdjectiveReading(t.text()) && t.lemma().equalsIgnoreCase(t.text()))
                        && t.text().chars().allMatch(Character::isLetter);
                if (noun && !t.text().endsWith("-")) {
                    return t.text().toLowerCase(Locale.ROOT);
                }
                if (t.text().endsWith("-") || t.text().equals("og")) {
                    continue; // "hvilken sports- og kulturhal": the head is the last part
                }
                if (!t.upos().equals("ADJ") && !t.upos().equals("NUM")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * The thing whose name "hvad hedder / hed …" or "hvad er navnet på …" asks for ("Hvad hedder projektet, som …" →
     * "projektet"): the first noun after the words that ask, within three words; null when there is none.
     */
    private static String named(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            boolean asks = word.equals("hvad") && (next.equals("hedder") || next.equals("hed"))
                    || word.equals("navnet") && next.equals("på");
            if (!asks) {
                continue;
            }
            for (int j = i + 2; j < tokens.size() && j <= i + 4; j++) {
                if (tokens.get(j).upos().equals("NOUN")) {
                    return tokens.get(j).text().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static boolean noAdjectiveReading(String word) {
        return DanishLexicon.get().readings(word.toLowerCase(Locale.ROOT)).stream().noneMatch(r -> r.upos().equals("ADJ"));
    }

    /** An adjective before a noun describes it ("hvilken gammel bro"); one before a verb or the end describes nothing. */
    private static boolean describesNothing(List<Token> tokens, int j) {
        return j + 1 >= tokens.size() || !NOMINAL.contains(tokens.get(j + 1).upos());
    }

    /** A known network named in the question, compared without case and quotes. */
    private String network(String lowerQuestion) {
        String q = lowerQuestion.replaceAll("[\"'”“]", "");
        return networks.stream().filter(n -> q.contains(n.toLowerCase(Locale.ROOT))).max((a, b) -> a.length() - b.length())
                .orElse(null);
    }

    /** A role the timeline knows, named in the question; leader words mean the network's referenceleder. */
    private String role(AnnotatedText question, boolean aboutNetwork) {
        for (Token t : question.tokens()) {
            for (String candidate : List.of(Roles.normalise(t.lemma()), Roles.normalise(t.text()))) {
                if (roles.contains(candidate)) {
                    return candidate;
                }
            }
        }
        if (aboutNetwork) {
            for (Token t : question.tokens()) {
                if (LEADER_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)) || LEADER_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    return "referenceleder";
                }
            }
        }
        return null;
    }
}
