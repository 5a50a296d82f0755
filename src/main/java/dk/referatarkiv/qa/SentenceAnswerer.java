package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers from one sentence: every sentence of the candidate items that covers any of the question's words is a
 * candidate, described by {@link CandidateFeatures} and scored by the fitted {@link AnswerRanker} (the probability
 * that it answers right and cites it); the best candidate with a mention of the expected type gives the answer span
 * (the mention nearest the matched words), or its sentence for decisions and other questions. The answer's confidence
 * is that probability; the caller refuses below the ranker's threshold. Thread-safe.
 */
final class SentenceAnswerer {

    private static final int MAX_LIST_LINES = 8;
    /** What a meeting does to a matter: in the past tense ("Hvornår blev X godkendt?") the meeting date answers. */
    private static final Set<String> DEALT_WITH = Set.of("møde", "drøfte", "behandle", "diskutere", "beslutte", "godkende",
            "vedtage");
    /**
     * Words that ask when something was dealt with at a meeting: when no sentence dates it, the meeting date answers.
     * Holding ("afholde") is not among DEALT_WITH: "blev X afholdt" asks about X's own date, which a sentence gives.
     */
    private static final Set<String> MEETING_WORDS = Stream.concat(DEALT_WITH.stream(), Stream.of("afholde", "holde"))
            .collect(Collectors.toUnmodifiableSet());
    /** How close (characters) a date must stand to the verb of a decision to date it. */
    private static final int DATED_DECISION = 30;
    /** Words that ask when the meeting itself was held. */
    private static final Set<String> HELD = Set.of("møde", "holde", "afholde");
    /** "Hvornår blev X godkendt?" asks when X was dealt with; "Hvilken dato var valget, som … behandlede" does not. */
    private static final Pattern WHEN = Pattern.compile("(?iu)\\bhvornår\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?iu)\\b(blev|var|har|havde)\\b|\\p{L}+ede\\b");
    /** A shared beginning this long counts as a weak match ("bevilget" ~ "bevilling"), for words the lemmatiser missed. */
    private static final int PREFIX = IndexedSentence.PREFIX;
    private static final Pattern ABSENCE = Pattern.compile("(?iu)fravær|afbud|forfald|deltog\\s+ikke|ikke\\s+til\\s+stede");
    private static final Pattern STANDING_IN = Pattern.compile(
            "(?iu)stedfortræder|suppleant|i\\s+stedet|indtræde|indkald|\\(for\\s|\\b(?:mødte|deltog)\\s+for\\b");
    private static final Pattern INHABILITY = Pattern.compile("(?iu)inhabil");
    private static final Pattern TIME = Pattern.compile("(?iu)\\bkl\\.?\\s*\\d{1,2}[.:]\\d{2}\\b");
    /** A decision is answered with at most this many sentences of its Beslutning section. */
    private static final int MAX_DECISION_SENTENCES = 3;
    /**
     * The credit a word gets in the summary coverage by how it matched: exactly, by its compound head, weakly (in the
     * context, by a part, by a shared beginning), faintly (a part in the context). A fixed summary for the feature
     * {@code coverage}; the ranker weighs the four kinds itself through their shares.
     */
    private static final double[] MATCH_CREDIT = {1, 0.75, 0.5, 0.25};
    /** Sentences tried in turn for a span of the expected type. */
    private static final int SPAN_TRIES = 3;

    private final SentenceIndex sentences;
    private final MeetingPreferences preferences;
    /** Scores each candidate: the probability that it answers right and cites it. */
    private final AnswerRanker ranker;

    SentenceAnswerer(SentenceIndex sentences, MeetingPreferences preferences, AnswerSettings settings) {
        this.sentences = sentences;
        this.preferences = preferences;
        this.ranker = settings.ranker();
    }

    /**
     * How a sentence covers the question's words: the summary {@code coverage} and its parts as idf-weighted shares
     * (see {@link CandidateFeatures}), and the offsets of the matched words.
     */
    record Coverage(double coverage, double exact, double head, double weak, double faint, double content,
                    double missingRare, List<int[]> matched) {
    }

    /**
     * A scored candidate: its coverage, the ranker's probability, whether it holds a mention of the expected type and
     * may answer (states the fact asked about), and its features.
     */
    record Scored(IndexedSentence sentence, Coverage coverage, double score, boolean typed, boolean usable,
                  double[] features) {
        List<int[]> matched() {
            return coverage.matched();
        }
    }

    /** The candidates of a question, scored, best first; and whether a sentence without a typed mention may answer. */
    record Candidates(List<Scored> all, boolean untypedUsable) {
        List<Scored> typed() {
            return all.stream().filter(s -> s.usable && s.typed).toList();
        }

        List<Scored> untyped() {
            return untypedUsable ? all.stream().filter(s -> s.usable && !s.typed).toList() : List.of();
        }
    }

    /**
     * The answer of the best candidate, ungated: its confidence is the ranker's probability, which the caller compares
     * with the threshold.
     */
    /** The chosen answer and the features the refusal gate weighs ({@link GateFeatures}). */
    record Chosen(Answer answer, double[] gate) {
    }

    Optional<Chosen> answer(Question q, List<String[]> candidateItems) {
        Candidates candidates = score(q, candidateItems);
        if (q.type() == AnswerType.DATE && asksWhenDealtWith(q) && q.fact() != MeetingFact.START
                && q.fact() != MeetingFact.END) {
            // (when a meeting started or ended is a time of day, never the meeting's date)
            Optional<Answer> meeting = meetingDate(q, candidates);
            if (meeting.isPresent()) {
                return meeting.map(a -> chosen(a, candidates.all().get(0), candidates, GateFeatures.Route.MEETING_DATE));
            }
        }
        List<Scored> typed = candidates.typed();
        for (Scored candidate : typed.subList(0, Math.min(SPAN_TRIES, typed.size()))) {
            Optional<Answer> a = finish(q, candidate, candidates);
            if (a.isPresent()) {
                return a.map(x -> chosen(x, candidate, candidates, GateFeatures.Route.SPAN));
            }
        }
        if (q.type() == AnswerType.DATE && q.fact() != MeetingFact.START && q.fact() != MeetingFact.END) {
            // a time of day is not answered by the meeting's date
            return meetingDate(q, candidates).map(a -> chosen(a, candidates.all().get(0), candidates,
                    GateFeatures.Route.MEETING_DATE));
        }
        List<Scored> untyped = candidates.untyped();
        if (!untyped.isEmpty()) {
            // The question names its meeting and a sentence of it covers the question, but holds nothing of the type
            // ("1 promille" for "hvor meget"): the sentence is the answer.
            Answer a = answer(q, untyped.get(0), sentenceText(untyped.get(0).sentence), candidates);
            return Optional.of(chosen(a, untyped.get(0), candidates, GateFeatures.Route.SENTENCE));
        }
        return Optional.empty();
    }

    private static Chosen chosen(Answer a, Scored by, Candidates candidates, GateFeatures.Route route) {
        // the best candidate of another item: a close second elsewhere makes the choice less sure
        double second = candidates.all().stream().filter(s -> s.usable && !(s.sentence.meetingId().equals(by.sentence.meetingId())
                && s.sentence.item() == by.sentence.item())).mapToDouble(Scored::score).max().orElse(0);
        boolean wholeSentence = a.answer() != null && !a.evidence().isEmpty()
                && a.answer().length() >= a.evidence().get(0).text().replaceFirst("^(?:[-•*]|\\d+\\.)\\s+", "").length();
        boolean wantsValue = switch (a.answerType()) {
            case PERSON, DATE, AMOUNT, PERCENT, COUNT, PLACE -> true;
            default -> false;
        };
        return new Chosen(a, GateFeatures.of(by.features, by.score, second, route, wholeSentence, wantsValue));
    }

    /**
     * Every candidate with its features and the answer it would give if it were chosen (for training the ranker):
     * the typed candidates with their span, the untyped ones (when usable) with their sentence.
     */
    List<QuestionAnswerer.Candidate> explain(Question q, List<String[]> candidateItems) {
        Candidates candidates = score(q, candidateItems);
        List<QuestionAnswerer.Candidate> out = new ArrayList<>();
        for (Scored s : candidates.typed()) {
            out.add(new QuestionAnswerer.Candidate(s.features, s.score, s.sentence.text(), () -> finish(q, s, candidates).orElse(null)));
        }
        for (Scored s : candidates.untyped()) {
            out.add(new QuestionAnswerer.Candidate(s.features, s.score, s.sentence.text(),
                    () -> answer(q, s, sentenceText(s.sentence), candidates)));
        }
        return out;
    }

    /** Scores every sentence of the candidate items that covers any of the question's words, best first. */
    private Candidates score(Question q, List<String[]> candidateItems) {
        double top = candidateItems.stream().mapToDouble(i -> Double.parseDouble(i[2])).max().orElse(1);
        double bestFit = preferences.best(q.constraints(), 0, 1).stream()
                .mapToDouble(id -> preferences.preference(id, q.constraints())).max().orElse(0);
        // a sentence without a mention of the type answers only when the question names its meeting (see below)
        boolean untypedUsable = bestFit >= HeaderFacts.MINIMUM_FIT && q.type() != AnswerType.PERSON;
        Integer year = q.year() != null ? q.year() : q.budgetYear();
        List<Scored> all = new ArrayList<>();
        Weights weights = weights(q);
        java.util.Map<String, Double> fits = new java.util.HashMap<>();
        java.util.Map<String, Boolean> contradictions = new java.util.HashMap<>();
        for (String[] item : candidateItems) {
            double fit = fits.computeIfAbsent(item[0], id -> preferences.preference(id, q.constraints()));
            double retrieval = top > 0 ? Double.parseDouble(item[2]) / top : 0;
            boolean itemNamed = q.constraints().items().contains(Integer.parseInt(item[1]));
            boolean contradicts = q.constraints().any() && contradictions.computeIfAbsent(item[0],
                    id -> preferences.contradicts(id, q.constraints()));
            for (IndexedSentence s : sentences.sentences(item[0], Integer.parseInt(item[1]))) {
                boolean typed = q.type() == AnswerType.ROLE ? hasRecommender(s) : hasType(s, q.type());
                boolean usable = statesFact(q, s);
                // a sentence that can never answer is not scored (speed), except for a date question, whose meeting
                // date any sentence of the item may give
                if (q.type() != AnswerType.DATE && !(usable && (typed || untypedUsable))) {
                    continue;
                }
                Coverage c = coverage(q, s, weights);
                if (c.coverage() <= 0) {
                    continue;
                }
                boolean yearMatch = q.type() == AnswerType.AMOUNT && year != null && s.entities().stream()
                        .anyMatch(e -> e.type() == EntityType.AMOUNT && year.equals(((Amount) e.value()).year()));
                double[] f = CandidateFeatures.of(new CandidateFeatures.Inputs(q, s, c, fit, bestFit, contradicts, itemNamed,
                        yearMatch, retrieval, retrieval > 0, typed));
                all.add(new Scored(s, c, ranker.probability(f), typed, usable, f));
            }
        }
        // best first; equal scores keep the candidates' order (search rank, then document order)
        all.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Candidates(all, untypedUsable);
    }

    /** The answer a typed candidate gives: its span (null when it has none of the type), cited as the item says it. */
    private Optional<Answer> finish(Question q, Scored candidate, Candidates candidates) {
        String text = span(q, candidate);
        if (text == null) {
            return Optional.empty();
        }
        Scored best = candidate;
        if (q.type() == AnswerType.DECISION) {
            // What was decided is the item's decision, as its Beslutning section writes it (attendance notes aside),
            // whichever sentence of the item matched the question best.
            List<IndexedSentence> decision = sentences.sentences(best.sentence.meetingId(), best.sentence.item()).stream()
                    .filter(x -> x.section().equals("beslutning") && !ABSENCE.matcher(x.text()).find()
                            && !STANDING_IN.matcher(x.text()).find()).toList();
            // from the decision sentence that matched, when one did; else from the decision's beginning
            int from = Math.max(0, decision.indexOf(best.sentence));
            decision = decision.subList(from, Math.min(decision.size(), from + MAX_DECISION_SENTENCES));
            if (!decision.isEmpty()) {
                text = String.join(" ", decision.stream().map(IndexedSentence::text).toList());
                best = new Scored(decision.get(0), best.coverage, best.score, best.typed, best.usable, best.features);
            }
        }
        if (q.type() == AnswerType.ROLE && !SpanExtractor.RECOMMENDS.matcher(best.sentence.text()).find()) {
            // the item's recommender answers: cite the sentence of the item that says so, when it has one
            Scored chosen = best;
            String recommender = text;
            Optional<IndexedSentence> saying = sentences.sentences(best.sentence.meetingId(), best.sentence.item()).stream()
                    .filter(x -> SpanExtractor.RECOMMENDS.matcher(x.text()).find() && x.text().contains(recommender)).findFirst();
            if (saying.isPresent()) {
                best = new Scored(saying.get(), chosen.coverage, chosen.score, chosen.typed, chosen.usable, chosen.features);
            }
        }
        return Optional.of(answer(q, best, text, candidates));
    }

    /** The answer {@code text} cited by {@code best}, then the best candidates of two other items. */
    private Answer answer(Question q, Scored best, String text, Candidates candidates) {
        List<Answer.Evidence> evidence = new ArrayList<>();
        evidence.add(evidence(best.sentence));
        candidates.all().stream().filter(s -> s.usable && (s.typed || candidates.untypedUsable()))
                .filter(s -> !(s.sentence.meetingId().equals(best.sentence.meetingId()) && s.sentence.item() == best.sentence.item()))
                .limit(2).forEach(s -> evidence.add(evidence(s.sentence)));
        return new Answer(q.text(), q.type(), text, best.score, evidence, List.of());
    }

    /** A past-tense question about a meeting's dealing with something: the meeting date answers it. */
    private static boolean asksWhenDealtWith(Question q) {
        return WHEN.matcher(q.text()).find() && PAST.matcher(q.text()).find()
                && q.terms().stream().anyMatch(t -> t.exact().stream().anyMatch(DEALT_WITH::contains));
    }

    /**
     * "Hvornår blev X drøftet / holdt?" when no sentence dates it: the date of the meeting whose item covers the
     * question best.
     */
    private Optional<Answer> meetingDate(Question q, Candidates candidates) {
        boolean aboutAMeeting = q.terms().stream().anyMatch(t -> t.exact().stream().anyMatch(MEETING_WORDS::contains));
        if (!aboutAMeeting || candidates.all().isEmpty()) {
            return Optional.empty();
        }
        return meetingDate(q, candidates.all().get(0));
    }

    /** The date of the best sentence's meeting, or the date the sentence gives the decision asked about. */
    private Optional<Answer> meetingDate(Question q, Scored best) {
        if (best.sentence.meetingDate() == null) {
            return Optional.empty();
        }
        boolean aboutTheMeeting = q.terms().stream().anyMatch(t -> t.exact().stream().anyMatch(HELD::contains));
        if (!aboutTheMeeting) {
            // "Hvornår besluttede udvalget …": a sentence that dates the decision itself ("… den 6. november 2012
            // besluttede udvalget …", "godkendte på møde d. 3. marts 2021") answers, not the meeting that reports it
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
                return Optional.of(new Answer(q.text(), AnswerType.DATE, written.get(), best.score,
                        List.of(evidence(best.sentence)), List.of()));
            }
        }
        String date = dk.referatarkiv.entities.DateExtractor.danish(best.sentence.meetingDate());
        return Optional.of(new Answer(q.text(), AnswerType.DATE, date + " (mødedato)", best.score,
                List.of(evidence(best.sentence)), List.of()));
    }

    /**
     * How the sentence covers the question's words, each weighted by its rarity (inverse sentence frequency, by its
     * own lemma first: a word the archive never uses weighs most; its compound parts and synonyms do not make it look
     * common).
     */
    /** Each question word's weight, whether it is one of the question's verbs, and its compound head: per question. */
    private record Weights(double[] weight, boolean[] verb, String[] tail) {
    }

    private Weights weights(Question q) {
        int n = q.terms().size();
        double[] weight = new double[n];
        boolean[] verb = new boolean[n];
        String[] tail = new String[n];
        for (int i = 0; i < n; i++) {
            ContentLemmas.Term term = q.terms().get(i);
            weight[i] = term.own().stream().filter(sentences::known).findFirst().map(sentences::idf)
                    .orElse(sentences.idf("\u0000unseen"));
            verb[i] = term.own().stream().anyMatch(q.verbs()::contains);
            tail[i] = term.tail();
        }
        return new Weights(weight, verb, tail);
    }

    private Coverage coverage(Question q, IndexedSentence s, Weights w) {
        double total = 0;
        double got = 0;
        double[] shares = new double[4];
        double content = 0;
        double contentGot = 0;
        double rarest = 0;
        double rarestMissed = 0;
        List<int[]> matched = new ArrayList<>();
        // A decision is about its item: in a Beslutning section the item's title speaks for the sentence ("Anbefales.").
        boolean decision = q.type() == AnswerType.DECISION && s.section().equals("beslutning");
        for (int i = 0; i < q.terms().size(); i++) {
            ContentLemmas.Term term = q.terms().get(i);
            double weight = w.weight()[i];
            boolean verb = w.verb()[i];
            String tail = w.tail()[i];
            total += weight;
            rarest = Math.max(rarest, weight);
            int kind;
            if (term.exact().stream().anyMatch(s.lemmas()::contains)
                    || decision && term.exact().stream().anyMatch(s.titleLemmas()::contains)) {
                kind = 0;
            } else if (tail != null && s.lemmas().contains(tail)) {
                kind = 1; // the last part of a Danish compound is its head: "skabelonen" answers "sagsskabelon"
            } else if (term.exact().stream().anyMatch(s.context()::contains) || term.parts().stream().anyMatch(s.lemmas()::contains)
                    || sharesPrefix(term.exact(), s.prefixes())) {
                kind = 2;
            } else if (term.parts().stream().anyMatch(s.context()::contains)) {
                kind = 3;
            } else {
                kind = -1;
            }
            double match = kind < 0 ? 0 : MATCH_CREDIT[kind];
            got += weight * match;
            if (!verb) {
                content += weight;
                contentGot += weight * match;
            }
            if (kind >= 0) {
                shares[kind] += weight;
                s.tokens().stream().filter(t -> t.variants().stream().anyMatch(v -> term.exact().contains(v) || term.parts().contains(v)))
                        .forEach(t -> matched.add(new int[]{t.start(), t.end()}));
            } else {
                rarestMissed = Math.max(rarestMissed, weight);
            }
        }
        if (total == 0) {
            return new Coverage(0, 0, 0, 0, 0, 0, 0, matched);
        }
        return new Coverage(got / total, shares[0] / total, shares[1] / total, shares[2] / total, shares[3] / total,
                content == 0 ? got / total : contentGot / content, rarest == 0 ? 0 : rarestMissed / rarest, matched);
    }

    private static boolean sharesPrefix(Set<String> term, Set<String> prefixes) {
        for (String variant : term) {
            if (variant.length() > PREFIX && prefixes.contains(variant.substring(0, PREFIX))) {
                return true;
            }
        }
        return false;
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
            case DATE -> s.entities().stream().anyMatch(e -> e.type() == EntityType.DATE) || TIME.matcher(s.text()).find();
            case AMOUNT -> s.entities().stream().anyMatch(e -> e.type() == EntityType.AMOUNT);
            case PERCENT -> s.entities().stream().anyMatch(e -> e.type() == EntityType.PERCENT);
            case COUNT -> s.text().chars().anyMatch(Character::isDigit) || SpanExtractor.hasNumberWord(s.text());
            default -> true;
        };
    }

    /** A sentence that says who recommends, or any sentence of an item whose recommender the minutes name. */
    private boolean hasRecommender(IndexedSentence s) {
        return SpanExtractor.RECOMMENDS.matcher(s.text()).find() || !sentences.recommender(s.meetingId(), s.item()).isEmpty();
    }

    /** The answer as a person reads it: a span of the expected type, or the sentence; null when a span is required. */
    private String span(Question q, Scored best) {
        IndexedSentence s = best.sentence;
        SpanExtractor.Match m = new SpanExtractor.Match(q, s, best.matched());
        return switch (q.type()) {
            case PERSON -> SpanExtractor.person(m).orElse(null);
            case DATE -> SpanExtractor.date(m).orElse(null);
            case AMOUNT -> SpanExtractor.amount(m).orElse(null);
            case PERCENT -> SpanExtractor.percent(m).orElse(null);
            case COUNT -> SpanExtractor.count(m).orElse(sentenceText(s));
            case PLACE -> SpanExtractor.place(m).orElse(sentenceText(s));
            case OTHER -> SpanExtractor.mention(m).orElse(sentenceText(s));
            case ROLE -> SpanExtractor.recommender(m).or(() -> Optional.of(sentences.recommender(s.meetingId(), s.item()))
                    .filter(r -> !r.isEmpty())).orElse(null);
            default -> sentenceText(s);
        };
    }

    /** The sentence without a list marker; a sentence that introduces a list ("…:") brings the list along. */
    private String sentenceText(IndexedSentence s) {
        String text = s.text().replaceFirst("^(?:[-•*]|\\d+\\.)\\s+", "");
        if (!text.endsWith(":")) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        for (IndexedSentence next : sentences.sentences(s.meetingId(), s.item())) {
            if (next.section().equals(s.section()) && next.position() > s.position() && lines.size() < MAX_LIST_LINES) {
                if (!next.text().matches("^(?:[-•*]|\\d+\\.)\\s+.*")) {
                    break;
                }
                lines.add(next.text().replaceFirst("^(?:[-•*]|\\d+\\.)\\s+", ""));
            }
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
