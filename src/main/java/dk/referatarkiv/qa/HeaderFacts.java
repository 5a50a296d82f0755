package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateExtractor;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon.HeaderField;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Section;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Answers questions about a meeting's header (see {@link MeetingFact}) from the meeting the question's constraints
 * fit best: place, start and end time, date, publication, and the persons who were absent, stood in, were inhabil,
 * chaired, were members or kept the minutes. Answers quote the header as written ({@link Meeting#headerLines()}) and
 * cite that line; a parsed value without its line is cited from the header text of item 0. Nothing is answered when
 * no meeting fits at least half of what the question names, or the meeting's header does not give the fact.
 * Thread-safe.
 */
final class HeaderFacts {

    /** A meeting must fit at least this share of the question's constraints to be the one asked about (hand-set). */
    static final double MINIMUM_FIT = 0.5;
    /** Meetings that fit equally well and are tried in turn. */
    private static final int TIES = 3;
    private static final Pattern NONE_WRITTEN = Pattern.compile("(?i)^(?:ingen|-|–|nej)\\.?$");
    /** How far after an absent member's name a word that says someone stood in may stand. */
    private static final int NEAR = 60;
    /** The member a substitute question names: "stedfortræder for Ane Krog", "i stedet for Bo Lind Hald". */
    private static final Pattern FOR_WHOM = Pattern.compile("\\bfor\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}\\-]+){1,3}");
    private static final Pattern STANDING_IN = Pattern.compile("(?i)stedfortræder|suppleant|i stedet|deltog|mødte|indkaldt");

    private final MeetingPreferences meetings;

    HeaderFacts(MeetingPreferences meetings) {
        this.meetings = meetings;
    }

    Optional<Answer> answer(Question q) {
        if (q.fact() == null || q.fact().asksForPersons() && q.type() != AnswerType.PERSON && q.type() != AnswerType.ROLE) {
            return Optional.empty(); // "Hvilke punkter deltog X ikke i" asks for items, not persons
        }
        List<String> best = meetings.best(q.constraints(), MINIMUM_FIT, TIES);
        for (String id : best) {
            if (meetings.contradicts(id, q.constraints())) {
                continue; // the best fit is another day's or another municipality's meeting: not the one asked about
            }
            Meeting m = meetings.meeting(id);
            Optional<Fact> fact = fact(q, m);
            if (fact.isPresent()) {
                Fact f = fact.get();
                double confidence = (best.size() == 1 ? 0.9 : 0.7) * meetings.preference(id, q.constraints());
                return Optional.of(new Answer(q.text(), f.type(), f.answer(), confidence, asWritten(m, f.evidence()),
                        List.of()));
            }
        }
        return Optional.empty();
    }

    /** An answer with its evidence. */
    private record Fact(AnswerType type, String answer, List<Answer.Evidence> evidence) {
        Fact(AnswerType type, String answer, Answer.Evidence evidence) {
            this(type, answer, List.of(evidence));
        }
    }

    private Optional<Fact> fact(Question q, Meeting m) {
        return switch (q.fact()) {
            case PLACE -> place(m);
            case START -> time(m, m.startTime(), HeaderField.TIME).or(() -> saidTime(m, MEETING_STARTED));
            case END -> time(m, m.endTime(), HeaderField.END).or(() -> saidTime(m, MEETING_ENDED));
            case DATE -> date(m);
            case PUBLISHED -> published(m);
            case ABSENT -> persons(q, m, p -> p.presence() == Participant.Presence.ABSENT, HeaderField.ABSENT)
                    .or(() -> written(m, HeaderField.ABSENT));
            case SUBSTITUTE -> substitutes(q, m);
            case INHABIL -> persons(q, m, p -> p.note().toLowerCase(Locale.ROOT).startsWith("inhabil"), null);
            case CHAIR -> persons(q, m, p -> role(p).equals("formand"), HeaderField.MEMBERS)
                    .or(() -> titled(q, m, "formand"));
            case VICE_CHAIR -> persons(q, m, p -> role(p).equals("næstformand"), HeaderField.MEMBERS)
                    .or(() -> titled(q, m, "næstformand"));
            case MAYOR -> persons(q, m, p -> role(p).equals("borgmester"), HeaderField.MEMBERS)
                    .or(() -> titled(q, m, "borgmester"));
            case MEMBERS -> persons(q, m, p -> p.presence() == Participant.Presence.PRESENT && !isOfficial(p),
                    HeaderField.MEMBERS).or(() -> written(m, HeaderField.MEMBERS));
            case CLERK -> persons(q, m, HeaderFacts::isClerk, HeaderField.CLERK)
                    .or(() -> titled(q, m, "referent|protokolfører|sekretær"));
            case ROLE_OF -> roleOf(q, m);
            case PAGES -> lines(m, HeaderField.PAGES).stream().findFirst()
                    .map(l -> new Fact(AnswerType.COUNT, l.value() + " sider", cite(m, l.text())));
            case ITEMS -> items(m, false);
            case CLOSED_ITEMS -> items(m, true);
            case STATUS -> status(m);
        };
    }

    /** A sentence that says the meeting itself was cancelled, postponed or moved: "Mødet er aflyst.", "Mødet udsættes til …". */
    private static final Pattern MEETING_STATUS = Pattern.compile(
            "(?iu)\\bmødet\\b[^.!?\\n]{0,40}?\\b(?:aflyst|aflyses|udsat|udsættes|flyttet|flyttes)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");

    /**
     * The sentence of the meeting (its header, then its items in order) that says what became of the meeting, cited
     * as the whole line of the decision ("… Beslutning Byrådet 14.05.2024 Mødet er aflyst."): the sentence index cuts
     * such a line before "Mødet", and the line with its body and date is what proves it.
     */
    private static Optional<Fact> status(Meeting m) {
        for (Meeting.HeaderLine line : m.headerLines()) {
            if (MEETING_STATUS.matcher(line.text()).find()) {
                return Optional.of(new Fact(AnswerType.DECISION, line.text().strip(), cite(m, line.text())));
            }
        }
        return firstInItems(m, MEETING_STATUS, said -> true).map(f -> {
            String text = f.section().text();
            // the sentence around it (the pattern never crosses a sentence's end)
            int from = 0;
            int to = text.length();
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                if (end.end() <= f.match().start()) {
                    from = end.end();
                } else if (end.start() >= f.match().end()) {
                    to = end.start();
                    break;
                }
            }
            return new Fact(AnswerType.DECISION, text.substring(f.match().start(), to).strip(),
                    f.evidence(m, text.substring(from, to).strip(), from, to));
        });
    }

    /** A match in a section of one of the meeting's items, and the item and section it is in. */
    private record InItems(AgendaItem item, Section section, MatchResult match) {
        Answer.Evidence evidence(Meeting m, String text, int start, int end) {
            return new Answer.Evidence(m.id(), m.date(), item.number(), item.title(), section.kind().key(), text, start,
                    end);
        }
    }

    /** The first match of {@code pattern} that {@code accept} takes in the sections of the meeting's items, in order. */
    private static Optional<InItems> firstInItems(Meeting m, Pattern pattern, Predicate<MatchResult> accept) {
        for (AgendaItem item : m.items()) {
            for (Section section : item.sections()) {
                Matcher found = pattern.matcher(section.text());
                while (found.find()) {
                    if (accept.test(found)) {
                        return Optional.of(new InItems(item, section, found.toMatchResult()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * When the minutes say it in a sentence rather than a header field: "Mødet hævet kl. 21.40", "Mødet sluttede
     * klokken 21.10", "Mødet påbegyndt kl. 17.00" (group 1 the hour, group 2 the minutes).
     */
    private static final Pattern MEETING_ENDED = Pattern.compile("(?iu)\\bmødet\\s+(?:blev\\s+|er\\s+)?"
            + "(?:hævet|hævedes|sluttede|slut|afsluttet|afsluttedes|afsluttede|lukket|sluttet)\\s*:?\\s+"
            + "(?:kl\\.?|klokken)\\s*(\\d{1,2})[.:](\\d{2})(?!\\d)");
    private static final Pattern MEETING_STARTED = Pattern.compile("(?iu)\\bmødet\\s+(?:blev\\s+|er\\s+)?"
            + "(?:startede|begyndte|påbegyndt|påbegyndtes|åbnet|åbnedes|startet|begyndt)\\s*:?\\s+"
            + "(?:kl\\.?|klokken)\\s*(\\d{1,2})[.:](\\d{2})(?!\\d)");

    /** The time a sentence of the meeting gives for its start or end ({@link #MEETING_ENDED}), with that sentence. */
    private static Optional<Fact> saidTime(Meeting m, Pattern said) {
        Function<MatchResult, String> time = t -> String.format(Locale.ROOT, "kl. %02d:%s",
                Integer.parseInt(t.group(1)), t.group(2));
        for (String line : (Iterable<String>) m.headerSource().lines()::iterator) {
            Matcher t = said.matcher(line);
            if (t.find() && Integer.parseInt(t.group(1)) < 24) {
                return Optional.of(new Fact(AnswerType.DATE, time.apply(t), cite(m, line.strip())));
            }
        }
        return firstInItems(m, said, t -> Integer.parseInt(t.group(1)) < 24).map(f -> {
            // cited by its line: a sentence splitter would cut "kl. 10.45" after "kl."
            String text = f.section().text();
            int from = text.lastIndexOf('\n', f.match().start()) + 1;
            int to = text.indexOf('\n', f.match().end());
            to = to < 0 ? text.length() : to;
            return new Fact(AnswerType.DATE, time.apply(f.match()), f.evidence(m, text.substring(from, to).strip(), from,
                    to));
        });
    }

    /** Evidence of a count of items: the first items counted, each by its title as written. */
    private static final int COUNTED_CITED = 3;

    /**
     * The number of the meeting's agenda items, or of its closed ones ("3 lukkede punkter"), cited by the titles of
     * the items counted. The text a file keeps after its contents that no title heads is no agenda item. Nothing when
     * the meeting has none (a meeting whose closed items the parser did not see is not said to have none).
     */
    private static Optional<Fact> items(Meeting m, boolean closedOnly) {
        List<AgendaItem> counted = m.items().stream()
                .filter(i -> !i.title().equals(AgendaItem.UNPLACED_TEXT_TITLE))
                .filter(i -> !closedOnly || i.closed()).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        List<Answer.Evidence> cited = counted.stream().limit(COUNTED_CITED).map(i -> new Answer.Evidence(m.id(),
                m.date(), i.number(), i.title(), "title", i.rawTitle(), -1, -1)).toList();
        String noun = counted.size() == 1 ? (closedOnly ? "lukket punkt" : "punkt") : (closedOnly ? "lukkede punkter" : "punkter");
        return Optional.of(new Fact(AnswerType.COUNT, counted.size() + " " + noun, cited));
    }

    private Optional<Fact> place(Meeting m) {
        Optional<Meeting.HeaderLine> line = lines(m, HeaderField.PLACE).stream()
                .filter(l -> !l.value().isBlank()).findFirst();
        if (line.isPresent()) {
            String value = line.get().value().lines().findFirst().orElse("").replaceAll("[\"”]+$", "").strip();
            return Optional.of(new Fact(AnswerType.PLACE, value, cite(m, line.get().text())));
        }
        if (!m.place().isEmpty()) {
            String header = m.headerText();
            int at = header.indexOf(m.place());
            return Optional.of(new Fact(AnswerType.PLACE, m.place(), new Answer.Evidence(m.id(), m.date(), 0,
                    Titles.HEADER, "header", header.lines().findFirst().orElse(header), at, at + m.place().length())));
        }
        return Optional.empty();
    }

    /** "kl. 17:00", cited from the line that gives it: a line of the field, else any header line with the time. */
    private Optional<Fact> time(Meeting m, LocalTime time, HeaderField field) {
        if (time == null) {
            return Optional.empty();
        }
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        Pattern written = Pattern.compile("(?<!\\d)0?" + time.getHour() + "[:.]" + String.format("%02d", time.getMinute())
                + "|(?<!\\d)" + (time.getHour() % 12 == 0 ? 12 : time.getHour() % 12) + ":" + String.format("%02d", time.getMinute())
                + ":\\d\\d\\s*[AP]M");
        Optional<String> line = lines(m, field).stream().findFirst().map(Meeting.HeaderLine::text)
                .or(() -> m.headerLines().stream().map(Meeting.HeaderLine::text).filter(t -> written.matcher(t).find()).findFirst())
                .or(() -> m.headerSource().lines().filter(t -> written.matcher(t).find()).findFirst());
        return line.map(l -> new Fact(AnswerType.DATE, "kl. " + hhmm, cite(m, l)));
    }

    /** The meeting date in Danish with its ISO form: "5. marts 2024 (2024-03-05)". */
    private Optional<Fact> date(Meeting m) {
        if (m.date() == null) {
            return Optional.empty();
        }
        Optional<Meeting.HeaderLine> line = lines(m, HeaderField.DATE).stream().findFirst()
                .or(() -> lines(m, HeaderField.TIME).stream().findFirst());
        return line.map(l -> new Fact(AnswerType.DATE, DateExtractor.danish(m.date()) + " (" + m.date() + ")",
                cite(m, l.text())));
    }

    /** When the minutes were published: the last publication line (minutes are published after their agenda). */
    private Optional<Fact> published(Meeting m) {
        List<Meeting.HeaderLine> published = m.headerLines().stream()
                .filter(l -> l.label().toLowerCase(Locale.ROOT).startsWith("publicer") && !l.value().isBlank()).toList();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Meeting.HeaderLine last = published.get(published.size() - 1);
        return Optional.of(new Fact(AnswerType.DATE, last.value().lines().findFirst().orElse("").strip(), cite(m, last.text())));
    }

    /**
     * How many of the question's words name the organisation written beside the participant's name ("Peter Holm
     * (Idrætsrådet)"). Words of a title or post ("formand", "næstformand": a role, not an organisation) and
     * words of three letters or fewer ("og", "for") do not count.
     */
    private static int affiliationWords(Question q, Participant p) {
        Set<String> words = new HashSet<>();
        for (String w : p.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3 && !SpanExtractor.isTitleWord(w)) {
                words.add(w);
            }
        }
        return (int) q.terms().stream().filter(t -> t.own().stream().anyMatch(words::contains)).count();
    }

    /**
     * The participants {@code which} selects, not named in the question, quoted from a header line that names them:
     * a line of {@code field} first, then an attendance sentence, then any other; among those, the one naming most.
     * When the question names the organisation written beside some of them ("Hvem fra Idrætsrådet havde meldt
     * afbud?"), those naming most of its words, and the list is not widened to their neighbours.
     */
    private Optional<Fact> persons(Question q, Meeting m, Predicate<Participant> which, HeaderField field) {
        List<Participant> listed = m.participants().stream().filter(which)
                .filter(p -> !SpanExtractor.named(q, p.name())).toList();
        int[] named = listed.stream().mapToInt(p -> affiliationWords(q, p)).toArray();
        int most = Arrays.stream(named).max().orElse(0);
        boolean narrowed = most > 0;
        List<String> names = IntStream.range(0, listed.size()).filter(i -> named[i] == most)
                .mapToObj(i -> listed.get(i).name()).distinct().toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Meeting.HeaderLine bestLine = null;
        List<PersonList.Found> bestFound = List.of();
        int bestKey = 0;
        for (Meeting.HeaderLine line : m.headerLines()) {
            List<PersonList.Found> found = PersonList.find(line.text(), names);
            int priority = field != null && line.field() == field ? 2 : line.field() == null ? 1 : 0;
            int key = found.isEmpty() ? 0 : priority * 1000 + found.size();
            if (key > bestKey) {
                bestLine = line;
                bestFound = found;
                bestKey = key;
            }
        }
        if (bestLine != null) {
            return Optional.of(new Fact(AnswerType.PERSON, PersonList.quote(bestLine.text(), bestFound, !narrowed),
                    cite(m, bestLine.text())));
        }
        // The header text of item 0 lists every participant with the archive's own offsets.
        List<Meeting.HeaderEntry> entries = m.headerEntries().stream()
                .filter(e -> e != null && names.contains(e.participant().name())).toList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String header = m.headerText();
        int start = entries.stream().mapToInt(Meeting.HeaderEntry::start).min().orElse(0);
        int end = entries.stream().mapToInt(Meeting.HeaderEntry::end).max().orElse(0);
        String answer = String.join(", ", entries.stream().map(Meeting.HeaderEntry::text).toList());
        int lineStart = header.lastIndexOf('\n', start) + 1;
        int lineEnd = header.indexOf('\n', end);
        String text = header.substring(lineStart, lineEnd < 0 ? header.length() : lineEnd);
        return Optional.of(new Fact(AnswerType.PERSON, answer,
                new Answer.Evidence(m.id(), m.date(), 0, Titles.HEADER, "header", text, start, end)));
    }

    /**
     * Who stood in: the substitutes (for the person the question names, when it names one), else the first name after
     * that person in a header line that says someone stood in ("I stedet for Ib Lund deltog Eva Dam").
     */
    private Optional<Fact> substitutes(Question q, Meeting m) {
        List<String> absentNamed = java.util.stream.Stream.concat(m.participants().stream().map(Participant::name),
                        m.headerLines().stream().flatMap(l -> PersonList.names(l.text(), 0).stream().map(PersonList.Found::name)))
                .filter(n -> SpanExtractor.named(q, n)).distinct().toList();
        Matcher forWhom = FOR_WHOM.matcher(q.text());
        if (absentNamed.isEmpty() && forWhom.find()) {
            return Optional.empty(); // "i stedet for Bo Ravn", whom this header does not name: not its substitutes
        }
        Predicate<Participant> standsIn = p -> p.presence() == Participant.Presence.SUBSTITUTE
                && (absentNamed.isEmpty() || absentNamed.stream().anyMatch(n -> p.note().contains(n)));
        Optional<Fact> listed = persons(q, m, standsIn, HeaderField.SUBSTITUTE);
        if (listed.isPresent() || absentNamed.isEmpty()) {
            return listed;
        }
        for (Meeting.HeaderLine line : m.headerLines()) {
            for (String absent : absentNamed) {
                int at = line.text().indexOf(absent);
                // the substitute is named right after the absent member and a word that says so
                if (at < 0 || !STANDING_IN.matcher(line.text().substring(at,
                        Math.min(line.text().length(), at + absent.length() + NEAR))).find()) {
                    continue;
                }
                Optional<PersonList.Found> next = PersonList.names(line.text(), at + absent.length()).stream()
                        .filter(f -> !SpanExtractor.named(q, f.name())).findFirst();
                if (next.isPresent()) {
                    return Optional.of(new Fact(AnswerType.PERSON,
                            line.text().substring(next.get().start(), next.get().end()), cite(m, line.text())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The persons a labelled header line names, when the participant list did not read them: "Ib Lund ved afbud
     * Eva D. Dam ved afbud" gives "Ib Lund, Eva D. Dam"; "Ingen" gives nothing.
     */
    private Optional<Fact> written(Meeting m, HeaderField field) {
        for (Meeting.HeaderLine l : lines(m, field)) {
            if (l.label().isEmpty() || NONE_WRITTEN.matcher(l.value().strip()).matches()) {
                continue;
            }
            List<PersonList.Found> names = PersonList.names(l.value(), 0);
            if (!names.isEmpty()) {
                return Optional.of(new Fact(AnswerType.PERSON, PersonList.quote(l.value(), names), cite(m, l.text())));
            }
        }
        return Optional.empty();
    }

    /**
     * A person the header writes with the title, where the participant list did not read it: "Ane Krog
     * (referent)", "Formand: Bo Skov (A)".
     */
    private Optional<Fact> titled(Question q, Meeting m, String titles) {
        Pattern after = Pattern.compile("(?iu)(?:" + titles + ")\\s*:?\\s*$");
        Pattern before = Pattern.compile("(?iu)^\\s*\\((?:" + titles + ")\\)");
        for (Meeting.HeaderLine line : m.headerLines()) {
            String text = line.text();
            for (PersonList.Found f : PersonList.names(text, 0)) {
                String name = lastWords(f.name(), 3);
                int nameStart = f.start() + f.name().length() - name.length();
                boolean titledBefore = after.matcher(text.substring(Math.max(0, nameStart - 20), nameStart)).find();
                boolean titledAfter = before.matcher(text.substring(f.start() + f.name().length())).find();
                if ((titledBefore || titledAfter) && !SpanExtractor.named(q, name)) {
                    String party = f.end() > f.start() + f.name().length() ? text.substring(f.start() + f.name().length(), f.end()) : "";
                    String answer = titledAfter ? name : (name + party).strip();
                    return Optional.of(new Fact(AnswerType.PERSON, answer, cite(m, text)));
                }
            }
        }
        return Optional.empty();
    }

    /** The last {@code n} words of a name that a list ran together with the names before it. */
    private static String lastWords(String name, int n) {
        String[] words = name.split("\\s+");
        return words.length <= n ? name : String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
    }

    /** The role a participant the question names had at the meeting. */
    private Optional<Fact> roleOf(Question q, Meeting m) {
        return m.participants().stream().filter(p -> SpanExtractor.named(q, p.name()) && !p.role().isEmpty())
                .max(Comparator.comparingInt(p -> p.name().length()))
                .flatMap(p -> m.headerLines().stream().filter(l -> l.text().contains(p.name())).findFirst()
                        .map(l -> new Fact(AnswerType.ROLE, p.role(), cite(m, l.text()))));
    }

    private static List<Meeting.HeaderLine> lines(Meeting m, HeaderField field) {
        List<Meeting.HeaderLine> out = new ArrayList<>(m.headerLines().stream().filter(l -> l.field() == field).toList());
        out.sort(Comparator.comparing((Meeting.HeaderLine l) -> l.label().isEmpty())); // labelled lines first
        return out;
    }

    /**
     * The header lines cited, each followed by the line of the file it was read from when that says more: a header
     * written as one run ("Dato 3. maj 2024 Tid 19:00 Sted Rådhuset") is read field by field, and the reader should
     * see the line as the minutes print it too.
     */
    private static List<Answer.Evidence> asWritten(Meeting m, List<Answer.Evidence> cited) {
        List<Answer.Evidence> out = new ArrayList<>();
        for (Answer.Evidence e : cited) {
            out.add(e);
            if (e.item() != 0 || !"header".equals(e.section()) || e.text().isBlank()) {
                continue;
            }
            String field = e.text().strip();
            m.headerSource().lines().map(String::strip)
                    .filter(line -> line.length() > field.length() && line.contains(field)).findFirst()
                    .map(line -> cite(m, line)).filter(line -> !out.contains(line)).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static Answer.Evidence cite(Meeting m, String text) {
        return new Answer.Evidence(m.id(), m.date(), 0, Titles.HEADER, "header", text, -1, -1);
    }

    private static String role(Participant p) {
        return p.role().toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isClerk(Participant p) {
        String r = role(p);
        return r.contains("referent") || r.contains("protokol") || r.contains("sekretær");
    }

    private static boolean isOfficial(Participant p) {
        return p.presence() == Participant.Presence.OFFICIAL || isClerk(p);
    }
}
