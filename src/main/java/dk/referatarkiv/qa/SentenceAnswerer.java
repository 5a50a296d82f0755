package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.JournalNumber;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.internal.RequestBudget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers from one sentence: scores the sentences of the candidate items by how much of the question they cover
 * (inverse-frequency weighted lemma overlap; the item title and the sentence before count half), requires an entity of
 * the expected type, weighs the section (Beslutning for decisions, Bilag least), and cuts the answer span: the entity
 * nearest the matched words, or the sentence itself for decisions and other questions. Below the threshold there is no
 * answer. Thread-safe.
 */
final class SentenceAnswerer {

    private static final int MAX_LIST_LINES = 8;
    /** The header facts that are posts: a sentence answers who held one only when it names the post. */
    private static final Set<MeetingFact> POSTS = Set.of(MeetingFact.CHAIR, MeetingFact.VICE_CHAIR, MeetingFact.MAYOR,
            MeetingFact.CLERK);
    private static final double VERB_WEIGHT = 0.75;
    /** "hvilken fortælling", "hvilke veje": an indirect question with its noun. */
    private static final Pattern WHICH = Pattern.compile("(?iu)(?<![\\p{L}])hvilke[nt]?\\s+(\\p{L}+)");
    /** A verb answered by its action noun, or the reverse: a near match, as a compound's bare head (hand-set). */
    private static final double ACTION_NOUN_MATCH = 0.75;
    /** What a meeting does to a matter: in the past tense ("Hvornår blev X godkendt?") the meeting date answers. */
    private static final Set<String> DEALT_WITH = Set.of("møde", "drøfte", "behandle", "diskutere", "gennemgå", "beslutte",
            "godkende", "vedtage");
    /** How close (characters) a date must stand to the verb of a decision to date it. */
    private static final int DATED_DECISION = 30;
    /** Words that ask when the meeting itself was held. */
    private static final Set<String> HELD = Set.of("møde", "holde", "afholde");
    /** "Hvornår blev X godkendt?" asks when X was dealt with. */
    private static final Pattern WHEN = Pattern.compile("(?iu)\\bhvornår\\b");
    /**
     * "Hvilken dag drøftede udvalget X?" asks so too; the verb right after "hvilken dag" is the question's own (Danish
     * puts it second), and it must be past: "Hvilken dato åbner den nye hal, som … godkendte?" asks of the future.
     */
    private static final Pattern WHICH_DAY = Pattern.compile("(?iu)\\bhvilke[nt]?\\s+(?:dag|dato|ugedag)(?:en)?\\s+(\\p{L}+)");
    private static final Pattern PAST_FORM = Pattern.compile("(?iu)blev|var|har|havde|\\p{L}+ede|\\p{L}+te");
    private static final Pattern PAST = Pattern.compile(
            "(?iu)\\b(blev|var|har|havde)\\b|\\p{L}+ede\\b");
    /** A shared beginning this long counts as a weak match ("bevilget" ~ "bevilling"), for words the lemmatiser missed. */
    private static final int PREFIX = IndexedSentence.PREFIX;

    /**
     * How much a meeting that fits all the question's constraints (municipality, body, date) counts over one that
     * fits none, and an item whose number the question names over others: hand-set, to be fitted.
     */
    private static final double MEETING_FIT_WEIGHT = 1.0;
    private static final double ITEM_NUMBER_BONUS = 1.25;
    /**
     * Of sentences that cover the question equally, one that writes its words as the question does ("Hvem udpegede …"
     * – "Byrådet udpegede …" before "Der skal udpeges …") ranks first: a tie-break, too small to outweigh coverage.
     */
    private static final double SAME_FORM = 0.05;
    /**
     * A question word the sentence holds only half-way counts half: found only in its context (its item's title, the
     * previous sentence), or as a part of one of its compounds, or by a long shared beginning.
     */
    private static final double CONTEXT_MATCH = 0.5;
    /** How much a sentence that gives a cause counts over one that does not, for "hvorfor" (hand-set, to be fitted). */
    private static final double GIVES_REASON = 1.5;
    /** Whole words: a marker that starts with a letter has none before it (one that starts with a comma may). */
    private static final Pattern REASON_MARKERS = Pattern.compile("(?iu)(?:" + String.join("|",
            dk.referatarkiv.internal.ResourceLines.read(SentenceAnswerer.class, "reason-markers.tsv").stream()
                    .map(String::strip).map(m -> (Character.isLetter(m.charAt(0)) ? "(?<![\\p{L}])" : "")
                            + Pattern.quote(m)).toList()) + ")(?![\\p{L}])");
    /**
     * A decision's sentence over the other sections' for a question about what was done: enough to outweigh the
     * recommendation's usual lead in coverage (it repeats the question's subject: "at byrådet udpeger X"), more than
     * the 1.15 a decision question gives a decision's first sentence (hand-set, to be fitted).
     */
    private static final double DECIDED = 1.2;
    /** A title as a sentence weighs a little less than the text's own sentences (hand-set). */
    private static final double TITLE_PRIOR = 0.9;
    /**
     * A sentence of a meeting that fits the question's constraints needs less coverage: coverage × (1 + FIT_RELIEF ×
     * fit) must reach the threshold. A meeting fitting more than MAX_FIT_GAP less than the best-fitting one, judged
     * on what its minutes state ({@link MeetingPreferences#statedFits}), is not read; the best fit itself is the
     * preference of a meeting that states what it fits. Both hand-set, to be fitted.
     */
    private static final double FIT_RELIEF = 0.35;
    private static final double MAX_FIT_GAP = 0.5;
    private static final Pattern ABSENCE = Pattern.compile("(?iu)fravær|afbud|forfald|deltog\\s+ikke|ikke\\s+til\\s+stede");
    private static final Pattern STANDING_IN = Pattern.compile(
            "(?iu)stedfortræder|suppleant|i\\s+stedet|indtræde|indkald|\\(for\\s|\\b(?:mødte|deltog)\\s+for\\b");
    private static final Pattern INHABILITY = Pattern.compile("(?iu)inhabil");
    /** The section name an item's own case number is cited under (the minutes' label is not kept). */
    private static final String JOURNAL_SECTION = "Sagsnummer";
    /** A decision is answered with at most this many sentences of its Beslutning section. */
    private static final int MAX_DECISION_SENTENCES = 3;
    /**
     * A sentence that starts by referring back to the one before: a pronoun for what that one said ("Dette sker …",
     * "Det vil ske …") or a linking adverb ("Dermed …", "Derfor …"); not the impersonal "Det" of "Det indstilles, at
     * …", "Det bemærkes …" or "Det er … at".
     */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?:Dette|Disse|Dermed|Derfor|Det(?!\\s+(?:er|var|\\p{L}+es)(?![\\p{L}])))\\s", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A number with a unit of money, share or rate: "1 promille", "2 procentpoint", "4,5 mio. kr.", "4,5 mio kr.",
     * "500 t.kr.", "kr. 25.000", "800.000,-".
     */
    private static final Pattern MEASURE = Pattern.compile("(?iu)\\d[\\d.,]*\\s*(?:%|‰|promille|procent|pct\\.?|kroner"
            + "|(?:kr|mio|mia|mill|t\\.kr)\\.?(?![\\p{L}])|millioner|milliarder|tusind)"
            + "|(?<![\\p{L}])kr\\.?\\s*\\d|\\d[\\d.]*,-");
    /** Sentences tried in turn for a span of the expected type. */
    private static final int SPAN_TRIES = 3;

    private final SentenceIndex sentences;
    private final MeetingPreferences preferences;
    /** Coverage below which the archive is taken not to answer ({@link AnswerSettings#threshold()}). */
    private final double threshold;
    /** Coverage a whole sentence offered as the answer needs ({@link AnswerSettings#sentenceThreshold()}). */
    private final double sentenceThreshold;

    SentenceAnswerer(SentenceIndex sentences, MeetingPreferences preferences, AnswerSettings settings) {
        this.sentences = sentences;
        this.preferences = preferences;
        this.threshold = settings.threshold();
        this.sentenceThreshold = settings.sentenceThreshold();
    }

    /**
     * A scored sentence.
     *
     * @param support the coverage as the thresholds read it: relieved for a sentence of a meeting the question names
     */
    record Scored(IndexedSentence sentence, double coverage, double support, double score, List<int[]> matched) {
    }

    Optional<Answer> answer(Question q, List<String[]> candidateItems) {
        if (q.type() == AnswerType.DATE && asksWhenDealtWith(q)) {
            Optional<Answer> meeting = meetingDate(q, candidateItems);
            if (meeting.isPresent()) {
                return meeting;
            }
        }
        List<Scored> typed = new ArrayList<>();
        List<Scored> untyped = new ArrayList<>();
        double top = candidateItems.stream().mapToDouble(i -> Double.parseDouble(i[2])).max().orElse(1);
        double bestFit = bestFit(q.constraints());
        // a sentence without a mention of the type answers only when the question names its meeting (see below)
        boolean untypedUsable = bestFit >= HeaderFacts.MINIMUM_FIT && q.type() != AnswerType.PERSON
                && q.type() != AnswerType.JOURNAL && q.type() != AnswerType.REASON && q.type() != AnswerType.ROLE;
        Optional<PostAsked> postAsked = PostAsked.of(q, POSTS);
        ToDoubleFunction<String> fits = preferences.preferences(q.constraints());
        ToDoubleFunction<String> statedFits = preferences.statedFits(q.constraints());
        // "Hvem holder oplæg på temamødet i februar 2024?": the month may date the matter, which a meeting of January
        // announces; such a meeting, passed over for its date alone, is read for the sentences that date it so
        DateRange asked = q.constraints().date();
        QuestionConstraints undated = asked == null ? null : q.constraints().withoutDate();
        ToDoubleFunction<String> statedFitsUndated = undated == null ? null : preferences.statedFits(undated);
        double bestFitUndated = undated == null ? 0 : bestFit(undated);
        // "Hvilket parti …", "hvilke byrådspartier …": a noun headed by "parti" asks for a party
        boolean asksParty = q.type() == AnswerType.OTHER && q.focus() != null && SpanExtractor.headedBy(q.focus(), "parti");
        QuestionEcho echo = new QuestionEcho(q);
        // "Hvem ejer …": a name before "…, som ejer" answers too (an organisation as well as a person)
        String doerVerb = q.type() == AnswerType.PERSON ? SpanExtractor.doerVerb(q).orElse(null) : null;
        // "Hvem skal cheferne melde deltagere til?": the object of the preposition left at the end answers
        String askedPreposition = q.type() == AnswerType.PERSON ? SpanExtractor.askedPreposition(q).orElse(null) : null;
        // "… møde den 3. marts 2027": when a candidate meeting of the body and municipality asked was held that day, one
        // held another day is another meeting (without such a meeting the day may be the matter's: nothing is excluded)
        LocalDate day = q.constraints().date() != null && q.constraints().date().isDay() ? q.constraints().date().start() : null;
        boolean heldThatDay = day != null && candidateItems.stream().anyMatch(item -> isMeetingAsked(q, item[0], day));
        // "Hvem er formand for Seniorrådet": a post held in a named body
        String bodyStem = postAsked.isPresent() && q.constraints().body() != null ? bodyStem(q.constraints().body()) : null;
        for (String[] item : candidateItems) {
            RequestBudget.check(); // a long question over many items stops when its request's time is up
            // How well the whole item matches counts too: a sentence of the item the question is about beats an
            // equally covering sentence elsewhere; so does the meeting the question names.
            double fit = fits.applyAsDouble(item[0]);
            boolean datedByItsText = false;
            if (statedFits.applyAsDouble(item[0]) < bestFit - MAX_FIT_GAP) {
                if (undated == null || statedFitsUndated.applyAsDouble(item[0]) < bestFitUndated - MAX_FIT_GAP) {
                    continue; // the question names another meeting, which fits clearly better by what the minutes state
                }
                datedByItsText = true;
            }
            if (heldThatDay && preferences.contradicts(item[0], q.constraints())) {
                continue;
            }
            // the meeting the question names is of the body it names: another body's meeting is not it, however well
            // its municipality and date fit, so its sentences answer only with a mention of the kind asked
            boolean namedMeeting = fit >= HeaderFacts.MINIMUM_FIT && (q.constraints().body() == null
                    || !preferences.ofOtherBody(item[0], q.constraints().body()));
            double itemWeight = (0.5 + 0.5 * Double.parseDouble(item[2]) / top) * (1 + MEETING_FIT_WEIGHT * fit)
                    * (q.constraints().items().contains(Integer.parseInt(item[1])) ? ITEM_NUMBER_BONUS : 1);
            List<IndexedSentence> itemSentences = sentences.sentences(item[0], Integer.parseInt(item[1]));
            // who recommends the item, found once per item rather than per sentence
            String recommender = q.type() == AnswerType.ROLE && !itemSentences.isEmpty()
                    ? itemRecommender(item[0], Integer.parseInt(item[1]), itemSentences) : "";
            for (int at = 0; at < itemSentences.size(); at++) {
                IndexedSentence s = itemSentences.get(at);
                if (datedByItsText && !datesWithin(s, asked)) {
                    continue;
                }
                boolean ofType = q.type() == AnswerType.ROLE
                        ? SpanExtractor.RECOMMENDS.matcher(s.text()).find() || !recommender.isEmpty()
                        : q.type() == AnswerType.JOURNAL ? hasCaseNumber(s)
                        : q.type() == AnswerType.REASON ? givesReason(itemSentences, at) : hasType(s, q.type())
                        || doerVerb != null && SpanExtractor.doerNamedBefore(q, doerVerb, s).isPresent()
                        || askedPreposition != null && SpanExtractor.objectOf(q, askedPreposition, s).isPresent();
                if (!statesFact(q, s) || !ofType && !(untypedUsable && namedMeeting && quantified(q, echo, s))) {
                    continue; // without a mention of the type, only a sentence of the meeting the question names
                }
                if (postAsked.isPresent() && !postAsked.get().namedIn(s.text())
                        && !(at > 0 && holderAfterPost(q, postAsked.get(), itemSentences.get(at - 1), s))) {
                    // "Hvem var kommunaldirektør …": a name in a sentence that does not say so is no answer, unless it
                    // opens the sentence after one that does
                    continue;
                }
                if (bodyStem != null && preferences.ofOtherBody(s.meetingId(), q.constraints().body())
                        && !ConstraintReader.key(s.text()).contains(bodyStem)) {
                    // "Hvem er formand for Seniorrådet …": another body's meeting choosing its chair ("Rådet pegede på
                    // X som formand") says nothing of that body's chair unless it names the body in any inflection
                    continue;
                }
                if (asksParty && PartyNames.DEFAULT.first(s.text()).isEmpty()) {
                    continue; // "Hvilket parti …": a list of names without their parties does not say
                }
                Scored sc = score(q, s);
                double support = sc.coverage * (1 + FIT_RELIEF * fit);
                if (support < threshold) {
                    continue;
                }
                Scored weighted = new Scored(sc.sentence, sc.coverage, support,
                        sc.score * itemWeight * yearBonus(q, s) * reasonBonus(q, s), sc.matched);
                (ofType ? typed : untyped).add(weighted);
            }
        }
        typed.sort(Comparator.comparingDouble(Scored::score).reversed());
        untyped.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = null;
        String text = null;
        List<Scored> tries = typed.subList(0, Math.min(SPAN_TRIES, typed.size()));
        if (q.type() == AnswerType.PLACE || q.type() == AnswerType.OTHER && q.focus() != null
                && !QuestionAnalyzer.ITEM_NOUNS.contains(q.focus().toLowerCase(Locale.ROOT))) {
            // "Hvilket gymnasium …", "hvor …": a candidate with a mention of the kind asked answers before a better
            // covering one that would answer with its whole sentence for want of one ("hvilket punkt" is answered by
            // the item itself, below)
            for (Scored candidate : tries) {
                Optional<String> mention = mentionAsked(q, candidate);
                if (mention.isPresent()) {
                    best = candidate;
                    text = mention.get();
                    break;
                }
            }
        }
        for (int i = 0; best == null && i < tries.size(); i++) {
            text = span(q, echo, tries.get(i), doerVerb, askedPreposition);
            if (text != null) {
                best = tries.get(i);
            }
        }
        if (best != null && q.type() == AnswerType.DECISION) {
            // What was decided is the item's decision, as its Beslutning section writes it (attendance notes aside),
            // whichever sentence of the item matched the question best.
            Decision decided = decisionOf(best);
            if (decided == null && QuestionAnalyzer.withoutQuestionWord(q.text())) {
                // "Vedtog byrådet lokalplanen?" asks whether a decision was made: an item without one does not say;
                // the next candidate whose item has a decision may
                decided = tries.stream().map(this::decisionOf)
                        .filter(Objects::nonNull).findFirst().orElse(null);
                best = null;
                text = null;
            }
            if (decided != null) {
                best = decided.at();
                text = decided.text();
            } else if (best != null && best.sentence.section().equals(SentenceIndex.TITLE) && titleOnly(best.sentence)) {
                // an item the contents list but whose text the file does not hold: its title names the matter, not
                // what was decided about it
                best = null;
                text = null;
            }
        }
        if (best != null && q.type() == AnswerType.ROLE && !SpanExtractor.RECOMMENDS.matcher(best.sentence.text()).find()) {
            // the item's recommender answers: cite the sentence of the item that says so, when it has one
            Scored chosen = best;
            String recommender = text;
            Optional<IndexedSentence> saying = sentences.sentences(best.sentence.meetingId(), best.sentence.item()).stream()
                    .filter(x -> SpanExtractor.RECOMMENDS.matcher(x.text()).find() && x.text().contains(recommender)).findFirst();
            if (saying.isPresent()) {
                best = new Scored(saying.get(), chosen.coverage, chosen.support, chosen.score, List.of());
            }
        }
        if (best == null && q.type() == AnswerType.DATE && q.fact() != MeetingFact.START && q.fact() != MeetingFact.END) {
            Optional<Answer> meeting = meetingDate(q, candidateItems); // a time of day is not answered by the meeting's date
            if (meeting.isPresent() || !untypedUsable) {
                return meeting;
            }
        }
        if (best == null && untypedUsable) {
            // The question names its meeting and a sentence of it covers the question, but holds nothing of the type
            // ("2 procentpoint" for "hvor meget"): the sentence is the answer, unless it only repeats the question.
            for (Scored candidate : untyped.subList(0, Math.min(SPAN_TRIES, untyped.size()))) {
                text = sentenceAnswer(q, echo, candidate);
                if (text != null) {
                    best = candidate;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Scored> scored = new ArrayList<>(typed);
        scored.addAll(untyped);
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Answer.Evidence> evidence = new ArrayList<>();
        String answered = text;
        boolean itemsOwnNumber = q.type() == AnswerType.JOURNAL
                && itemJournal(best.sentence).filter(j -> j.raw().equals(answered)).isPresent();
        evidence.add(itemsOwnNumber ? journalEvidence(best.sentence) : evidence(best.sentence));
        Scored chosen = best;
        scored.stream().filter(s -> !(s.sentence.meetingId().equals(chosen.sentence.meetingId())
                && s.sentence.item() == chosen.sentence.item())).limit(2).forEach(s -> evidence.add(evidence(s.sentence)));
        double confidence = Math.min(0.95, best.coverage);
        AnswerType type = q.type() == AnswerType.COUNT ? AnswerType.COUNT : q.type();
        return Optional.of(new Answer(q.text(), type, text, confidence, evidence, List.of()));
    }

    /** The token as written, or its lemma (the first of its variants), is one of the term's forms. */
    private static boolean wholeWord(IndexedSentence s, IndexedSentence.TokenLemmas t, ContentLemmas.Term term) {
        int from = t.start() - s.start();
        int to = t.end() - s.start();
        String written = from >= 0 && to <= s.text().length()
                ? s.text().substring(from, to).toLowerCase(Locale.ROOT) : "";
        String lemma = t.variants().isEmpty() ? "" : t.variants().iterator().next();
        return term.exact().contains(written) || term.exact().contains(lemma);
    }

    /** An item's decision as the answer: the sentence cited and the text given. */
    private record Decision(Scored at, String text) {
    }

    /**
     * What the candidate's item decided, as its Beslutning section writes it (attendance notes aside), from the
     * decision sentence that matched when one did, else from the decision's beginning; null when it has none.
     */
    private Decision decisionOf(Scored candidate) {
        List<IndexedSentence> decision = sentences.sentences(candidate.sentence.meetingId(), candidate.sentence.item())
                .stream().filter(x -> x.section().equals("beslutning") && !ABSENCE.matcher(x.text()).find()
                        && !STANDING_IN.matcher(x.text()).find()).toList();
        int from = Math.max(0, decision.indexOf(candidate.sentence));
        decision = decision.subList(from, Math.min(decision.size(), from + MAX_DECISION_SENTENCES));
        if (decision.isEmpty()) {
            return null;
        }
        return new Decision(new Scored(decision.get(0), candidate.coverage, candidate.support, candidate.score, List.of()),
                String.join(" ", decision.stream().map(IndexedSentence::text).toList()));
    }

    /** A past-tense question about a meeting's dealing with something: the meeting date answers it. */
    private static boolean asksWhenDealtWith(Question q) {
        Matcher day = WHICH_DAY.matcher(q.text());
        if (day.find()) {
            String verb = day.group(1).toLowerCase(Locale.ROOT);
            // a strong verb's past: a form of the list that is no present tense ("gennemgik", not "gennemgår")
            boolean past = PAST_FORM.matcher(verb).matches()
                    || ContentLemmas.irregular(verb, false).isPresent() && !verb.endsWith("r");
            return past && namesDealing(q);
        }
        // the tagger knows the strong verbs' past ("vedtog", "gennemgik") the pattern does not
        return WHEN.matcher(q.text()).find() && (PAST.matcher(q.text()).find() || q.askedDone()) && namesDealing(q);
    }

    /**
     * The question names a meeting or its dealing with a matter (a word of {@link #DEALT_WITH}), not only that
     * something was held. Not a compound ending in one: "byrådsmødet den 3. marts" in a question for a year names the
     * meeting to look in, and read so it would be answered with the meeting's date.
     */
    private static boolean namesDealing(Question q) {
        return q.terms().stream().anyMatch(t -> t.exact().stream().anyMatch(DEALT_WITH::contains));
    }

    /**
     * "Hvornår blev X drøftet?", "Hvornår blev mødet holdt?" when no sentence dates it: the date of the meeting whose
     * item covers the question best.
     */
    private Optional<Answer> meetingDate(Question q, List<String[]> candidateItems) {
        // "holdt" alone asks when something was held, which is a meeting's date only when the question names a meeting
        // or its dealing with the matter ("Hvornår blev mødet holdt?", not "Hvornår blev valget holdt?")
        if (!namesDealing(q)) {
            return Optional.empty();
        }
        Scored best = null;
        for (String[] item : candidateItems) {
            if (q.constraints().body() != null && preferences.ofOtherBody(item[0], q.constraints().body())) {
                continue; // "Hvornår godkendte byrådet …": another body's meeting did not, whatever its date
            }
            for (IndexedSentence s : sentences.sentences(item[0], Integer.parseInt(item[1]))) {
                Scored sc = score(q, s, true);
                if (best == null || sc.score > best.score) {
                    best = sc;
                }
            }
        }
        if (best == null || best.coverage < threshold || best.sentence.meetingDate() == null) {
            return Optional.empty();
        }
        return meetingDate(q, best);
    }

    /** The date of the best sentence's meeting, or the date the sentence gives the decision asked about. */
    private Optional<Answer> meetingDate(Question q, Scored best) {
        if (best.sentence.meetingDate() == null) {
            return Optional.empty();
        }
        boolean aboutTheMeeting = q.terms().stream().anyMatch(t -> t.exact().stream().anyMatch(HELD::contains));
        if (!aboutTheMeeting) {
            // "Hvornår besluttede udvalget …": a sentence that dates the decision itself ("… den 3. marts 2021
            // besluttede udvalget …", "vedtog på mødet den 3. marts 2021") answers, not the meeting that reports it
            List<int[]> dealtWith = new ArrayList<>();
            for (IndexedSentence.TokenLemmas t : best.sentence.tokens()) {
                if (t.variants().stream().anyMatch(DEALT_WITH::contains)) {
                    dealtWith.add(new int[]{t.start(), t.end()});
                }
            }
            Optional<String> written = best.sentence.entities().stream()
                    .filter(e -> e.type() == EntityType.DATE && !dealtWith.isEmpty()
                            && SpanExtractor.distance(e.start(), e.end(), dealtWith) <= DATED_DECISION)
                    .min(Comparator.comparingInt(e -> SpanExtractor.distance(e.start(), e.end(), dealtWith)))
                    .flatMap(e -> SpanExtractor.date(new SpanExtractor.Match(q, best.sentence, dealtWith)));
            if (written.isPresent()) {
                return Optional.of(new Answer(q.text(), AnswerType.DATE, written.get(), Math.min(0.9, best.coverage),
                        List.of(evidence(best.sentence)), List.of()));
            }
        }
        String date = dk.referatarkiv.entities.DateExtractor.danish(best.sentence.meetingDate());
        return Optional.of(new Answer(q.text(), AnswerType.DATE, date + " (mødedato)", Math.min(0.9, best.coverage) * 0.8,
                List.of(evidence(best.sentence)), List.of()));
    }

    Scored score(Question q, IndexedSentence s) {
        return score(q, s, false);
    }

    /**
     * @param byMeetingDate the sentence is scored to give its meeting's date: the kind of date the question names
     *                      ("hvilken dag", "hvilken dato") is then no word to find, as the meeting's date answers it
     */
    private Scored score(Question q, IndexedSentence s, boolean byMeetingDate) {
        double total = 0;
        double got = 0;
        double sameForm = 0;
        int counted = 0;
        List<int[]> matched = new ArrayList<>();
        // A decision is about its item: in a Beslutning section the item's title speaks for the sentence ("Anbefales.").
        boolean decision = q.type() == AnswerType.DECISION && s.section().equals("beslutning");
        for (ContentLemmas.Term term : q.terms()) {
            // The word's own weight, by its lemma first: a word the archive never uses weighs most; its compound
            // parts and synonyms do not make it look common.
            double weight = term.own().stream().filter(sentences::known).findFirst().map(sentences::idf)
                    .orElse(sentences.idf("\u0000unseen"));
            if (kindAsked(q, term, s) || byMeetingDate && q.focus() != null && term.own().contains(q.focus())) {
                continue; // "hvilken periode" asks for a date, which the sentence has: the word is no word to find
            }
            if (term.own().stream().anyMatch(q.verbs()::contains)) {
                weight *= VERB_WEIGHT; // the topic is in the nouns; the verb is often phrased otherwise
            }
            total += weight;
            counted++;
            double match;
            if (term.exact().stream().anyMatch(s.lemmas()::contains)
                    || decision && term.exact().stream().anyMatch(s.titleLemmas()::contains)) {
                match = 1;
            } else if (answersFocus(q, term, s)) {
                match = 1; // "hvilken politik" is answered by "Boligpolitik"
            } else if (namesTheAction(term, s)) {
                match = ACTION_NOUN_MATCH; // "vedtaget" is answered by "Vedtagelse af …"
            } else if (term.tail() != null && bareHead(term, s)) {
                match = 0.75; // the last part of a Danish compound is its head: "skabelonen" answers "sagsskabelon"
            } else if (term.exact().stream().anyMatch(s.context()::contains) || term.parts().stream().anyMatch(s.lemmas()::contains)
                    || sharesPrefix(term.exact(), s.prefixes())) {
                match = CONTEXT_MATCH;
            } else if (term.parts().stream().anyMatch(s.context()::contains)) {
                match = 0.25;
            } else {
                match = 0;
            }
            got += weight * match;
            if (match == 1 && s.tokens().stream().anyMatch(t -> t.variants().contains(term.form()))) {
                sameForm += weight;
            }
            if (match > 0) {
                s.tokens().stream().filter(t -> t.variants().stream().anyMatch(v -> term.exact().contains(v) || term.parts().contains(v)))
                        // the third value tells a match of the word as written or its lemma, or a synonym, (1)
                        // from one only of a compound's part ("projektleder" for "leder") or a guessed form (0)
                        .forEach(t -> matched.add(new int[]{t.start(), t.end(), wholeWord(s, t, term) ? 1 : 0}));
            }
        }
        if (q.party() != null && counted > 0) {
            // the party the question names counts as one more of its words, of their mean weight: named in the
            // sentence, or in its item's title as context ("liste V beder om at indkalde …" over "liste A beder om …")
            double weight = total / counted;
            total += weight;
            got += PartyNames.DEFAULT.names(s.text(), q.party()) ? weight
                    : PartyNames.DEFAULT.names(s.title(), q.party()) ? weight * CONTEXT_MATCH : 0;
        }
        double coverage = total == 0 ? 0 : got / total;
        double form = total == 0 ? 1 : 1 + SAME_FORM * sameForm / total;
        return new Scored(s, coverage, coverage, coverage * form * prior(q, s.section(), s.position()), matched);
    }

    /** How well the best-fitting meeting fits these constraints. */
    private double bestFit(QuestionConstraints c) {
        return preferences.best(c, 0, 1).stream().mapToDouble(id -> preferences.preference(id, c)).max().orElse(0);
    }

    /** Whether the sentence writes a date within the period asked ("d. 6. februar" for "i februar 2024"). */
    private static boolean datesWithin(IndexedSentence s, DateRange asked) {
        return s.entities().stream().filter(e -> e.type() == EntityType.DATE && e.value() instanceof DateRange)
                .map(e -> (DateRange) e.value()).anyMatch(d -> !d.start().isBefore(asked.start())
                        && (asked.end() == null || !d.start().isAfter(asked.end())));
    }

    /**
     * The noun a "hvilken X" question asks about names the kind of answer, not a word the answer sentence must repeat:
     * a sentence answers it with a compound headed by X ("Hvilken politik …" – "Boligpolitik", "Hvilket råd …" –
     * "ungdomsråd"). When X is a kind of date or number the question type asks for ("hvilken periode", "hvilken
     * dato"), it does not count for or against a sentence that has a mention of that type ({@link #kindAsked}).
     */
    private static boolean answersFocus(Question q, ContentLemmas.Term term, IndexedSentence s) {
        if (q.focus() == null || !term.own().contains(q.focus())) {
            return false;
        }
        return s.tokens().stream().anyMatch(t -> t.variants().stream()
                .anyMatch(v -> v.length() > q.focus().length() && SpanExtractor.headedBy(v, q.focus())));
    }

    /**
     * The focus of a question whose type is a kind of date or number, in a sentence that has a mention of it; or the
     * address a place question asks for, in a sentence that writes one.
     */
    private static boolean kindAsked(Question q, ContentLemmas.Term term, IndexedSentence s) {
        if (q.focus() == null || !term.own().contains(q.focus())) {
            return false;
        }
        return (q.type() == AnswerType.DATE || q.type() == AnswerType.AMOUNT || q.type() == AnswerType.PERCENT)
                && hasType(s, q.type())
                // "hvilken adresse" is answered by a street address, which never writes the word
                || q.type() == AnswerType.PLACE && SpanExtractor.asksForAddress(q.focus())
                && SpanExtractor.hasAddress(s.text());
    }

    /**
     * Whether the sentence writes the question's own "hvilken X" (as an indirect question: "… har bestemt, hvilken
     * fortælling der skal læses op"): it holds the question's words because it asks the same, and another sentence
     * answers. One that also answers in the same sentence ("…, hvilken skole der lukkes: Bakkeskolen") is passed over
     * as well; the next candidate is tried.
     */
    private static boolean asksItself(Question q, IndexedSentence s) {
        if (q.focus() == null) {
            return false;
        }
        Matcher which = WHICH.matcher(s.text());
        while (which.find()) {
            if (SpanExtractor.headedBy(which.group(1), q.focus())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence writes the action noun of the question's verb, or the verb of its action noun ({@link ActionNouns}). */
    private static boolean namesTheAction(ContentLemmas.Term term, IndexedSentence s) {
        for (String lemma : term.own()) {
            for (String form : ActionNouns.related(lemma)) {
                if (s.lemmas().contains(form)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A sentence that opens with a person's name, right after a sentence of the same section block that writes the post
     * and names no one, says who comes into it: "Der er ansat ny skolechef. Eva Dam starter 1. maj." Not when the
     * question asks for the one who leaves.
     */
    private static boolean holderAfterPost(Question q, PostAsked post, IndexedSentence before, IndexedSentence s) {
        return !SpanExtractor.asksOutgoing(q) && before.section().equals(s.section())
                && s.position() == before.position() + 1 && post.namedIn(before.text())
                && before.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON)
                && s.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == s.start());
    }

    /**
     * The head of the question's compound standing alone in the sentence ("skabelonen" for "sagsskabelon"), not as
     * the head of another compound ("klimaplanen" is no "trafikplan").
     */
    private static boolean bareHead(ContentLemmas.Term term, IndexedSentence s) {
        String tail = term.tail();
        return s.tokens().stream().anyMatch(t -> t.variants().contains(tail) && t.variants().stream()
                .noneMatch(v -> v.length() > tail.length() + 2 && v.endsWith(tail) && !term.exact().contains(v)));
    }

    /** A "hvorfor" question prefers a sentence that gives a cause or purpose (reason-markers.tsv). */
    private static double reasonBonus(Question q, IndexedSentence s) {
        return q.type() == AnswerType.REASON && REASON_MARKERS.matcher(s.text()).find() ? GIVES_REASON : 1;
    }

    /**
     * An amount question that names a year prefers a sentence with an amount for that year, and weighs one whose every
     * amount is written for another year less.
     */
    private static double yearBonus(Question q, IndexedSentence s) {
        Integer year = q.year() != null ? q.year() : q.budgetYear();
        if (q.type() != AnswerType.AMOUNT || year == null) {
            return 1;
        }
        List<Integer> years = s.entities().stream().filter(e -> e.type() == EntityType.AMOUNT)
                .map(e -> ((Amount) e.value()).year()).toList();
        if (years.contains(year)) {
            return 1.2;
        }
        // "… samlet 27 mio. kr. i 2018" for a question of 2025: every amount of the sentence belongs to another year
        return !years.isEmpty() && years.stream().allMatch(y -> y != null && !y.equals(year)) ? 0.8 : 1;
    }

    private static boolean sharesPrefix(Set<String> term, Set<String> prefixes) {
        for (String variant : term) {
            if (variant.length() > PREFIX && prefixes.contains(variant.substring(0, PREFIX))) {
                return true;
            }
        }
        return false;
    }

    private static double prior(Question q, String section, int position) {
        AnswerType type = q.type();
        if (section.equals(SentenceIndex.TITLE)) {
            // a title names the matter; it rarely states the decision
            return type == AnswerType.DECISION ? 0.5 : TITLE_PRIOR;
        }
        if (type == AnswerType.DECISION) {
            // A decision section opens with the decision ("Chefforum godkendte ..."); what follows elaborates.
            return section.equals("beslutning") ? (position == 0 ? 1.15 : 1.0) : 0.75;
        }
        if (section.equals("beslutning") && q.askedDone() && type != AnswerType.REASON) {
            // What a body did ("Hvem udpegede byrådet …") is what its decision says, which may differ from the
            // recommendation it was given ("at byrådet udpeger X" – "Y udpeges som medlem …"); why it did so is
            // given where the case is presented, not in the decision
            return DECIDED;
        }
        return section.equals("bilag") ? 0.6 : 1.0;
    }

    /**
     * A question about attendance ("Hvem var fraværende …") is answered only by a sentence that speaks of attendance:
     * a name in any sentence of the meeting is no absentee.
     */
    private static boolean statesFact(Question q, IndexedSentence s) {
        if (q.fact() == null || q.type() != AnswerType.PERSON) {
            return true;
        }
        Pattern says = switch (q.fact()) {
            case ABSENT -> ABSENCE;
            case SUBSTITUTE -> STANDING_IN;
            case INHABIL -> INHABILITY;
            default -> null;
        };
        return says == null || says.matcher(s.text()).find();
    }

    private static boolean hasType(IndexedSentence s, AnswerType type) {
        return switch (type) {
            case PERSON -> s.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.value() != null);
            case DATE -> s.entities().stream().anyMatch(e -> e.type() == EntityType.DATE)
                    || SpanExtractor.CLOCK_TIME.matcher(s.text()).find();
            case AMOUNT -> s.entities().stream().anyMatch(e -> e.type() == EntityType.AMOUNT);
            case PERCENT -> s.entities().stream().anyMatch(e -> e.type() == EntityType.PERCENT);
            case DURATION -> SpanExtractor.DURATION.matcher(s.text()).find();
            case JOURNAL -> s.entities().stream().anyMatch(e -> e.type() == EntityType.JOURNAL)
                    || SpanExtractor.CASE_NUMBER.matcher(s.text()).find();
            case COUNT -> s.text().chars().anyMatch(Character::isDigit) || SpanExtractor.hasNumberWord(s.text());
            default -> true;
        };
    }

    /**
     * A question for an amount, a share or a count is answered without a recognised mention only by a sentence with a
     * number of its own in it ("2 procentpoint", "tre"; not a date's, a year, the question's own number or an article,
     * {@link QuestionEcho#hasNumberOfItsOwn}): one without is no answer to "hvor meget" (a count's sentence with a
     * number is typed as one already, so for a count this refuses). For an amount the number must have a unit of
     * money, share or rate after it ({@link #MEASURE}). A length of time ("hvor længe") is answered so only by a
     * date (an end: "til udgangen af 2027").
     */
    private static boolean quantified(Question q, QuestionEcho echo, IndexedSentence s) {
        return switch (q.type()) {
            // "hvor meget / hvor stort et beløb" asks for a measure: a number of things ("9 medlemmer") or a section
            // ("§ 2") is no answer
            case AMOUNT -> echo.hasNumberOfItsOwn(s) && MEASURE.matcher(s.text()).find();
            case COUNT, PERCENT -> echo.hasNumberOfItsOwn(s) || SpanExtractor.hasNumberWord(s.text(), false);
            // "hvor længe" asks for a length of time (which types a sentence already) or an end, written as a date:
            // "i en afgrænset periode", "Mødelokale 2" and "kl. 10" are no answer
            case DURATION -> s.entities().stream().anyMatch(e -> e.type() == EntityType.DATE);
            default -> true;
        };
    }

    /**
     * A sentence with a case number in it, or the title of an item whose case number the parser took from its own
     * line ("Sagsnr.: 00.01.00-A00-1-23" under the title is the item's, not text of a section).
     */
    private boolean hasCaseNumber(IndexedSentence s) {
        return hasType(s, AnswerType.JOURNAL) || itemJournal(s).isPresent();
    }

    /** The sentence's item is known by its title alone: the file lists it, but does not hold its text. */
    private boolean titleOnly(IndexedSentence s) {
        return Optional.ofNullable(preferences.meeting(s.meetingId())).flatMap(m -> m.item(s.item()))
                .map(AgendaItem::titleOnly).orElse(false);
    }

    /** The journal number of the item whose title the sentence is, when the minutes give one. */
    private Optional<JournalNumber> itemJournal(IndexedSentence s) {
        if (!s.section().equals(SentenceIndex.TITLE)) {
            return Optional.empty();
        }
        return Optional.ofNullable(preferences.meeting(s.meetingId())).flatMap(m -> m.item(s.item()))
                .map(AgendaItem::journalNumber);
    }

    /** The item's case number as the minutes write it, cited as the item's own line rather than a sentence. */
    private Answer.Evidence journalEvidence(IndexedSentence title) {
        String raw = itemJournal(title).orElseThrow().raw();
        return new Answer.Evidence(title.meetingId(), title.meetingDate(), title.item(), title.title(), JOURNAL_SECTION,
                raw, -1, -1);
    }

    /**
     * Who recommends item {@code item} of the meeting, whose sentences are {@code itemSentences}: as the parser read it
     * ("X indstiller"), or the first sentence of its recommendation that says so otherwise ("By- og Miljødirektøren
     * foreslår, at …", "Forvaltningen anbefaler, at …"); empty when none does. A sentence that says who recommends, or
     * any sentence of an item with a recommender, answers a ROLE question.
     */
    private String itemRecommender(String meetingId, int item, List<IndexedSentence> itemSentences) {
        String parsed = sentences.recommender(meetingId, item);
        if (!parsed.isEmpty() || item == 0) {
            return parsed;
        }
        // in the recommendation only: "Sundhedsstyrelsen anbefaler, at …" in the case text is not the item's recommender
        for (IndexedSentence other : itemSentences) {
            Matcher r = SpanExtractor.RECOMMENDS.matcher(other.text());
            if (other.section().equals("indstilling") && r.find()) {
                return r.group("who").strip();
            }
        }
        return "";
    }

    /**
     * The answer as a person reads it: a span of the expected type, or the sentence; null when a span is required.
     * {@code doerVerb} is the verb of a "Hvem ejer …" question ({@link SpanExtractor#doerVerb}), or null.
     * {@code askedPreposition} is the preposition whose object a "hvem" question asks for
     * ({@link SpanExtractor#askedPreposition}), or null.
     */
    private String span(Question q, QuestionEcho echo, Scored best, String doerVerb, String askedPreposition) {
        IndexedSentence s = best.sentence;
        if (asksItself(q, s)) {
            return null; // "… har bestemt, hvilken fortælling der skal læses op": it asks what the question does; the next says
        }
        SpanExtractor.Match m = new SpanExtractor.Match(q, s, best.matched);
        return switch (q.type()) {
            // the object of a preposition the question asks for, before any person the sentence names elsewhere
            case PERSON -> Optional.ofNullable(askedPreposition).flatMap(p -> SpanExtractor.objectOf(q, p, s))
                    .or(() -> SpanExtractor.person(m))
                    .or(() -> doerVerb == null ? Optional.empty() : SpanExtractor.doerNamedBefore(q, doerVerb, s))
                    .orElse(null);
            case DATE -> SpanExtractor.date(m).orElse(null);
            case AMOUNT -> SpanExtractor.amount(m).orElse(null);
            case PERCENT -> SpanExtractor.percent(m).orElse(null);
            case DURATION -> SpanExtractor.duration(m).orElse(null);
            case JOURNAL -> SpanExtractor.caseNumber(m).or(() -> itemJournal(s).map(JournalNumber::raw)).orElse(null);
            // a whole sentence answers "hvor mange" only with a number of its own past a list marker, and "hvor" only
            // when it names something the question does not (a body's or a person's name aside)
            case COUNT -> SpanExtractor.count(m).orElseGet(() -> countsItself(echo, s) ? sentenceAnswer(q, echo, best) : null);
            // where the meeting itself was held is a place, never a sentence about something held ("… blev afholdt med X som vært")
            case PLACE -> SpanExtractor.place(m).orElseGet(() -> echo.addsName(s) && q.fact() != MeetingFact.PLACE
                    ? sentenceAnswer(q, echo, best) : null);
            case OTHER -> SpanExtractor.mention(m).orElseGet(() -> asksForItem(q, s) ? "Punkt " + s.item() + ": " + s.title()
                    : sentenceAnswer(q, echo, best));
            case ROLE -> SpanExtractor.recommender(m).or(() -> Optional.of(itemRecommender(s.meetingId(), s.item(),
                    sentences.sentences(s.meetingId(), s.item())))
                    .filter(r -> !r.isEmpty() && !SpanExtractor.named(q, r))).orElse(null);
            case REASON -> reasonAnswer(echo, s);
            default -> sentenceText(s);
        };
    }

    /** The mention of the kind a place or "hvilken X" question asks for, in the candidate; empty when it has none. */
    private static Optional<String> mentionAsked(Question q, Scored candidate) {
        if (asksItself(q, candidate.sentence)) {
            return Optional.empty();
        }
        SpanExtractor.Match m = new SpanExtractor.Match(q, candidate.sentence, candidate.matched);
        return q.type() == AnswerType.PLACE ? SpanExtractor.place(m) : SpanExtractor.mention(m);
    }

    /**
     * The sentence as the answer, when no mention of the kind asked was found in it; null, so that the next candidate
     * is tried, when it covers the question less than a whole sentence must ({@link AnswerSettings#sentenceThreshold()})
     * or only repeats the question ({@link QuestionEcho}). A sentence that introduces a list brings the list, which is
     * what it adds.
     */
    private String sentenceAnswer(Question q, QuestionEcho echo, Scored candidate) {
        if (candidate.support < sentenceThreshold) {
            return null;
        }
        IndexedSentence s = candidate.sentence;
        String text = sentenceText(s);
        boolean bringsList = !text.equals(withoutListMarker(s.text()));
        if (s.section().equals(SentenceIndex.TITLE) && !ASKS_FOR_ITEM.matcher(q.text()).find()) {
            // an item's title names its topic: it answers only with a number or name the question does not give;
            // a question for an item ("Hvilket lukket punkt …") is answered by the title itself
            return echo.addsNameOrNumber(s) ? text : null;
        }
        if (bringsList || echo.addsTo(s)) {
            return text;
        }
        // "Ordningen er ikke indført endnu. Dette sker til foråret.": what the sentence adds to the question is in the
        // next one, which refers back to it
        return following(s).stream().findFirst().filter(next -> REFERS_BACK.matcher(next.text()).lookingAt())
                .filter(echo::addsTo).map(next -> text + " " + next.text()).orElse(null);
    }

    /**
     * A "hvorfor" question is answered by a sentence that gives a cause or purpose ({@code reason-markers.tsv}) and
     * says more than the question, or by the next sentence of its section when that gives one and refers back ("Festen
     * er aflyst. Dette skyldes …"); null otherwise: a sentence that only states what happened does not say why.
     */
    private String reasonAnswer(QuestionEcho echo, IndexedSentence s) {
        if (REASON_MARKERS.matcher(s.text()).find() && echo.addsTo(s)) {
            return sentenceText(s);
        }
        return reasonAfter(s).map(next -> sentenceText(s) + " " + next.text()).orElse(null);
    }

    /**
     * Sentence {@code at} of an item's sentences (in document order) gives a cause or purpose, or the next one of its
     * section does, referring back to it.
     */
    private static boolean givesReason(List<IndexedSentence> item, int at) {
        IndexedSentence s = item.get(at);
        return REASON_MARKERS.matcher(s.text()).find() || at + 1 < item.size()
                && item.get(at + 1).section().equals(s.section()) && givesReasonBack(item.get(at + 1));
    }

    private Optional<IndexedSentence> reasonAfter(IndexedSentence s) {
        return following(s).stream().findFirst().filter(SentenceAnswerer::givesReasonBack);
    }

    /** "Det skyldes …", "Dette sker for at …": a reason given for the sentence before. */
    private static boolean givesReasonBack(IndexedSentence next) {
        return REFERS_BACK.matcher(next.text()).lookingAt() && REASON_MARKERS.matcher(next.text()).find();
    }

    /**
     * The sentences after {@code s} in its section, in order. Found by its place in the item's sentences, which are in
     * document order: positions count from 0 in each section, and an item may have two sections of a kind.
     */
    private List<IndexedSentence> following(IndexedSentence s) {
        List<IndexedSentence> all = sentences.sentences(s.meetingId(), s.item());
        int at = all.indexOf(s);
        int end = at + 1;
        while (at >= 0 && end < all.size() && all.get(end).section().equals(s.section())) {
            end++;
        }
        return at < 0 ? List.of() : all.subList(at + 1, end);
    }

    /**
     * The body's key without its definite or genitive ending ("seniorrådet" → "seniorråd"), which a text naming the
     * body in any inflection contains: the longest ending that leaves four letters is taken off.
     */
    private static String bodyStem(String body) {
        String key = ConstraintReader.key(body);
        String stem = key;
        for (String ending : ConstraintReader.BODY_ENDINGS) {
            int length = key.length() - ending.length();
            if (key.endsWith(ending) && length >= 4 && length < stem.length()) {
                stem = key.substring(0, length);
            }
        }
        return stem;
    }

    /** The meeting was held on the day asked, in the municipality and of the body asked where those are known. */
    private boolean isMeetingAsked(Question q, String meetingId, LocalDate day) {
        Meeting m = preferences.meeting(meetingId);
        return m != null && day.equals(m.date()) && !preferences.contradicts(meetingId, q.constraints())
                && (q.constraints().body() == null || !preferences.ofOtherBody(meetingId, q.constraints().body()));
    }

    /** A number of the sentence's own, or one in words, after its list marker ("2. Bo Ravn …" has none). */
    private static boolean countsItself(QuestionEcho echo, IndexedSentence s) {
        Matcher marker = SentencePreparer.LIST_LINE.matcher(s.text());
        int from = marker.lookingAt() ? marker.end() : 0;
        return echo.hasNumberOfItsOwn(s, from) || SpanExtractor.hasNumberWord(s.text().substring(from), false);
    }

    private static String withoutListMarker(String text) {
        Matcher marker = SentencePreparer.LIST_LINE.matcher(text);
        return marker.lookingAt() ? text.substring(marker.end()) : text;
    }

    /**
     * "Hvilket (lukket) punkt …", "hvilke sager …": a question for agenda items ({@link QuestionAnalyzer#ITEM_NOUNS}),
     * which their titles answer. Unlike the question's focus, which stops at a participle the tagger reads as a verb
     * ("lukket"), any one word may come between.
     */
    private static final Pattern ASKS_FOR_ITEM = Pattern.compile("(?iu)\\bhvil(?:ket|ken|ke)\\s+(?:\\p{L}+\\s+)?(?:"
            + String.join("|", QuestionAnalyzer.ITEM_NOUNS) + ")\\b");

    /**
     * Whether the question asks which agenda item ("Hvilket punkt blev sendt tilbage?") and the sentence that answers it is
     * an item's own text that names no item or point: then the item it stands in is the answer, by its number and
     * title. A sentence that itself speaks of a point ("punktet vintervedligehold skal tilføjes") is its own answer,
     * and the item that only keeps a file's unplaced text is no agenda item.
     */
    private static boolean asksForItem(Question q, IndexedSentence s) {
        return q.focus() != null && QuestionAnalyzer.ITEM_NOUNS.contains(q.focus().toLowerCase(Locale.ROOT)) && s.item() > 0
                && !s.title().equals(dk.referatarkiv.ingest.AgendaItem.UNPLACED_TEXT_TITLE)
                && java.util.Arrays.stream(s.text().split("[^\\p{L}]+"))
                        .noneMatch(word -> SpanExtractor.headedBy(word, q.focus()));
    }

    /** The sentence without a list marker; a sentence that introduces a list ("…:") brings the list along. */
    private String sentenceText(IndexedSentence s) {
        String text = withoutListMarker(s.text());
        if (!text.endsWith(":")) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        for (IndexedSentence next : following(s)) {
            if (lines.size() == MAX_LIST_LINES || !SentencePreparer.LIST_LINE.matcher(next.text()).lookingAt()) {
                break;
            }
            lines.add(withoutListMarker(next.text()));
        }
        return lines.isEmpty() ? text : text + " " + String.join("; ", lines);
    }

    /** The sentence as evidence; a title or the header as written has no offsets in a section the item page shows. */
    static Answer.Evidence evidence(IndexedSentence s) {
        boolean located = !s.section().equals(SentenceIndex.TITLE) && !s.section().equals(SentenceIndex.HEADER);
        return new Answer.Evidence(s.meetingId(), s.meetingDate(), s.item(), s.title(), s.sectionName(), s.text(),
                located ? s.start() : -1, located ? s.end() : -1);
    }

}
