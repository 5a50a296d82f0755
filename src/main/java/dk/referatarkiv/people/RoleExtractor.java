package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads role assertions and activities from the annotated minutes, with general patterns over sentences whose
 * person, network, date and unit mentions are placeholders (see {@link MaskedSentence}):
 * participant lists, handovers ("skifter referenceleder fra P til P"), take-overs ("P overtager [midlertidigt]
 * referenceledelsen af netværket N"), appointments across sentences ("Der er ansat ny dagtilbudschef. P starter D."),
 * vacancies ("Stillingen som R er slået op"), acting roles ("Konst. direktør for U"), listed holders
 * ("referenceledere: P, P og P") and the recommender of each item. Stateless apart from its gazetteer; thread-safe.
 */
public final class RoleExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HANDOVER = Pattern.compile(
            "(midlertidigt\\s+)?skifter\\s+(\\p{L}+)\\s+fra\\s+⟨P(\\d+)⟩\\s+til\\s+⟨P(\\d+)⟩", FLAGS);
    private static final Pattern TAKEOVER = Pattern.compile(
            "⟨P(\\d+)⟩\\s+(?:overtager|overtog|har overtaget)\\s+(midlertidigt\\s+)?(\\p{L}+)(?:\\s+(?:af|for)\\s+⟨N(\\d+)⟩)?", FLAGS);
    private static final Pattern HIRED = Pattern.compile(
            "(?:er|blevet)\\s+ansat\\s+(?:en\\s+)?(?:ny|nye)\\s+(\\p{L}+)", FLAGS);
    private static final Pattern STARTS = Pattern.compile(
            "^\\s*⟨P(\\d+)⟩\\s+(?:starter|begynder|tiltræder)(?:\\s+(?:d\\.|den|pr\\.))?\\s*⟨D(\\d+)⟩", FLAGS);
    private static final Pattern HIRED_AS = Pattern.compile(
            "⟨P(\\d+)⟩\\s+(?:er|bliver)\\s+(?:blevet\\s+)?(?:ansat|udnævnt|konstitueret)\\s+som\\s+(?:ny\\s+)?(\\p{L}+)(?:.*?⟨D(\\d+)⟩)?", FLAGS);
    private static final Pattern VACANCY = Pattern.compile(
            "stillingen\\s+som\\s+(.+?)\\s+er\\s+(?:også\\s+)?(?:blevet\\s+)?(?:slået\\s+op|ledig|opslået)", FLAGS);
    private static final Pattern ACTING = Pattern.compile(
            "(?<!\\p{L})(?iu:konst\\.|konstitueret|konstituerede)\\s+((?iu:direktør|afdelingschef|chef|leder))\\s+for\\s+⟨U(\\d+)⟩");
    private static final Pattern LISTED = Pattern.compile(
            "(\\p{L}+(?:ledere|chefer|direktører))\\s*:\\s*((?:⟨P\\d+⟩(?:\\s*,\\s*|\\s+og\\s+)?)+)", FLAGS);
    private static final Pattern PARTY = Pattern.compile("\\p{Lu}{1,3}");
    private static final Pattern PLACEHOLDER = Pattern.compile("⟨P(\\d+)⟩");
    private static final Set<String> SUBJECT_SKIP = Set.of("AUX", "ADV", "PART");

    private final OrganisationGazetteer organisations;

    public RoleExtractor(OrganisationGazetteer organisations) {
        this.organisations = organisations;
    }

    /** What one corpus says about roles and activities. */
    public record Extraction(List<RoleAssertion> roles, List<Activity> activities) {
    }

    public Extraction extract(AnnotatedCorpus corpus, CorpusEntities entities) {
        List<RoleAssertion> roles = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (AnnotatedCorpus.MeetingAnnotations meeting : corpus.byMeeting()) {
            Extraction one = extract(meeting, entities);
            roles.addAll(one.roles());
            activities.addAll(one.activities());
        }
        return new Extraction(roles, activities);
    }

    /** What one meeting says about roles and activities: its participants, its sections and its recommenders. */
    public Extraction extract(AnnotatedCorpus.MeetingAnnotations annotations, CorpusEntities entities) {
        List<RoleAssertion> roles = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Meeting meeting = annotations.meeting();
        participants(meeting, annotations.header(), entities, roles);
        for (AnnotatedItem annotated : annotations.items()) {
            AgendaItem item = annotated.item();
            List<Entity> itemEntities = entities.item(meeting.id(), item.number()).map(ItemEntities::entities).orElse(List.of());
            for (int s = 0; s < item.sections().size(); s++) {
                String section = item.sections().get(s).kind().key();
                AnnotatedText text = annotated.sections().get(s);
                List<Entity> sectionEntities = itemEntities.stream().filter(e -> e.section().equals(section)).toList();
                readSection(meeting, item.number(), section, text, sectionEntities, roles, activities);
            }
            if (!item.recommender().isEmpty()) {
                Roles.Parsed parsed = Roles.parse(item.recommender());
                roles.add(new RoleAssertion(null, null, parsed.role(), item.recommender(), canonical(parsed.organisation()),
                        meeting.date(), null, parsed.acting() ? RoleAssertion.Status.ACTING : RoleAssertion.Status.CURRENT,
                        RoleAssertion.Kind.RECOMMENDER, false, new Evidence(meeting.id(), meeting.date(), item.number(),
                        "indstilling", item.recommender() + " indstiller", -1, -1)));
            }
        }
        return new Extraction(roles, activities);
    }

    private void participants(Meeting meeting, AnnotatedText header, CorpusEntities entities, List<RoleAssertion> out) {
        if (header == null) {
            return;
        }
        for (Participant p : meeting.participants()) {
            // "Jens Hansen (A)": a party letter in committee minutes is an affiliation, not a role.
            if (p.role().isEmpty() || PARTY.matcher(p.role()).matches()) {
                continue;
            }
            int at = header.text().indexOf(p.name());
            String personId = entities.persons().person(meeting.municipality(), p.name()).map(x -> x.id()).orElse(null);
            Roles.Parsed parsed = Roles.parse(p.role());
            String sentence = p.name() + " (" + p.role() + ")";
            out.add(new RoleAssertion(personId, p.name(), parsed.role(), p.role(), canonical(parsed.organisation()),
                    meeting.date(), null, parsed.acting() ? RoleAssertion.Status.ACTING : RoleAssertion.Status.CURRENT,
                    RoleAssertion.Kind.PARTICIPANT, false, new Evidence(meeting.id(), meeting.date(), 0, "header", sentence,
                    at, at < 0 ? -1 : at + sentence.length())));
        }
    }

    private void readSection(Meeting meeting, int item, String section, AnnotatedText text, List<Entity> entities,
                             List<RoleAssertion> roles, List<Activity> activities) {
        LocalDate date = meeting.date();
        List<AnnotatedSentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence sentence = sentences.get(i);
            MaskedSentence m = new MaskedSentence(text.text(), sentence.start(), sentence.end(), entities);
            Evidence evidence = new Evidence(meeting.id(), date, item, section, m.text, sentence.start(), sentence.end());
            // Most sentences name no person, network, date or unit: the patterns that need one placed (⟨P0⟩) cannot
            // match them and are not run; over a whole archive they were most of the reading's time.
            boolean placed = m.masked.indexOf('⟨') >= 0;

            if (placed) {
                Matcher h = HANDOVER.matcher(m.masked);
                while (h.find()) {
                    String role = Roles.normalise(h.group(2));
                    String org = network(m.networkBefore(h.start()));
                    Entity from = m.entity(h.group(3));
                    Entity to = m.entity(h.group(4));
                    roles.add(assertion(from, role, h.group(2), org, null, date, RoleAssertion.Status.FORMER, RoleAssertion.Kind.HANDOVER, evidence));
                    roles.add(assertion(to, role, h.group(2), org, date, null, h.group(1) != null ? RoleAssertion.Status.TEMPORARY
                            : RoleAssertion.Status.CURRENT, RoleAssertion.Kind.HANDOVER, evidence));
                }
                Matcher t = TAKEOVER.matcher(m.masked);
                while (t.find()) {
                    String org = t.group(4) != null ? network(m.entity(t.group(4))) : network(m.networkBefore(t.start()));
                    roles.add(assertion(m.entity(t.group(1)), Roles.normalise(t.group(3)), t.group(3), org, date, null,
                            t.group(2) != null ? RoleAssertion.Status.TEMPORARY : RoleAssertion.Status.CURRENT,
                            RoleAssertion.Kind.TAKEOVER, evidence));
                }
            }
            Matcher hired = HIRED.matcher(m.masked);
            if (hired.find() && i + 1 < sentences.size()) {
                AnnotatedSentence next = sentences.get(i + 1);
                MaskedSentence n = new MaskedSentence(text.text(), next.start(), next.end(), entities);
                Matcher starts = STARTS.matcher(n.masked);
                if (starts.find()) {
                    LocalDate from = start(n.entity(starts.group(2)));
                    Evidence both = new Evidence(meeting.id(), date, item, section, text.text().substring(sentence.start(), next.end()),
                            sentence.start(), next.end());
                    roles.add(assertion(n.entity(starts.group(1)), Roles.normalise(hired.group(1)), hired.group(1), "", from, null,
                            from != null && date != null && from.isAfter(date) ? RoleAssertion.Status.ANNOUNCED
                                    : RoleAssertion.Status.CURRENT, RoleAssertion.Kind.APPOINTMENT, both));
                }
            }
            if (placed) {
                Matcher as = HIRED_AS.matcher(m.masked);
                while (as.find()) {
                    LocalDate from = as.group(3) != null ? start(m.entity(as.group(3))) : date;
                    roles.add(assertion(m.entity(as.group(1)), Roles.normalise(as.group(2)), as.group(2), "", from, null,
                            from != null && date != null && from.isAfter(date) ? RoleAssertion.Status.ANNOUNCED
                                    : RoleAssertion.Status.CURRENT, RoleAssertion.Kind.APPOINTMENT, evidence));
                }
            }
            Matcher v = VACANCY.matcher(m.masked);
            while (v.find()) {
                String written = unmask(v.group(1), m);
                Roles.Parsed parsed = Roles.parse(written);
                roles.add(new RoleAssertion(null, null, parsed.role(), written, canonical(parsed.organisation()), date, null,
                        RoleAssertion.Status.VACANT, RoleAssertion.Kind.VACANCY, false, evidence));
            }
            if (placed) {
                Matcher a = ACTING.matcher(m.masked);
                while (a.find()) {
                    roles.add(new RoleAssertion(null, null, Roles.normalise(a.group(1)), unmask(a.group(), m),
                            String.valueOf(m.entity(a.group(2)).value()), date, null, RoleAssertion.Status.ACTING,
                            RoleAssertion.Kind.ACTING, false, evidence));
                }
                Matcher l = LISTED.matcher(m.masked);
                while (l.find()) {
                    Matcher p = PLACEHOLDER.matcher(l.group(2));
                    while (p.find()) {
                        roles.add(assertion(m.entity(p.group(1)), Roles.normalise(l.group(1)), l.group(1), "", date, null,
                                RoleAssertion.Status.CURRENT, RoleAssertion.Kind.LISTED, evidence));
                    }
                }
            }
            activities(sentence, entities, evidence, activities);
        }
    }

    /** A person followed (after auxiliaries) by a verb, or a participle followed by "af" and a person. */
    private static void activities(AnnotatedSentence sentence, List<Entity> entities, Evidence evidence, List<Activity> out) {
        List<Token> tokens = sentence.tokens();
        for (Entity person : entities) {
            if (person.type() != EntityType.PERSON || person.value() == null || person.start() < sentence.start()
                    || person.end() > sentence.end()) {
                continue;
            }
            int after = 0;
            while (after < tokens.size() && tokens.get(after).start() < person.end()) {
                after++;
            }
            int i = after;
            while (i < tokens.size() && SUBJECT_SKIP.contains(tokens.get(i).upos())) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).upos().equals("VERB") && i - after <= 2) {
                out.add(new Activity((String) person.value(), person.label(), tokens.get(i).lemma(), evidence));
                continue;
            }
            int before = -1;
            for (int k = 0; k < tokens.size() && tokens.get(k).end() <= person.start(); k++) {
                before = k;
            }
            if (before >= 1 && tokens.get(before).text().equalsIgnoreCase("af") && tokens.get(before - 1).upos().equals("VERB")) {
                out.add(new Activity((String) person.value(), person.label(), tokens.get(before - 1).lemma(), evidence));
            }
        }
    }

    private RoleAssertion assertion(Entity person, String role, String written, String organisation, LocalDate from,
                                    LocalDate to, RoleAssertion.Status status, RoleAssertion.Kind kind, Evidence evidence) {
        LocalDate end = status == RoleAssertion.Status.FORMER ? evidence.meetingDate() : to;
        return new RoleAssertion((String) person.value(), person.label(), role, written, organisation, from, end, status,
                kind, false, evidence);
    }

    private String canonical(String organisation) {
        if (organisation.isEmpty()) {
            return "";
        }
        return organisations.lookup(organisation).map(OrganisationGazetteer.Organisation::canonical)
                .orElse(organisation.replaceAll("\\s+og\\s+", " & "));
    }

    private static String network(Entity network) {
        return network == null ? "" : String.valueOf(network.value());
    }

    private static LocalDate start(Entity date) {
        return date.value() instanceof DateRange r ? r.start() : null;
    }

    private static String unmask(String masked, MaskedSentence sentence) {
        Matcher m = Pattern.compile("⟨[PNDU](\\d+)⟩").matcher(masked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sentence.entity(m.group(1)).text()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
