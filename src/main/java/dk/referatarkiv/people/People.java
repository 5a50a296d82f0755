package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The people of the archive: identities, role timeline (roles named without a person linked to the holder at that
 * date, marked inferred), memberships of bodies from the participant lists, activities and every mention with its
 * sentence. Built once per corpus, in time linear in the archive (apart from sorting); a person's activities and
 * mentions are grouped once, so looking them up does not read the archive's. Immutable and thread-safe.
 */
public final class People {

    /** A sentence naming a person. */
    public record Mention(String personId, Evidence evidence) {
    }

    /**
     * What the meetings say of persons, before it is combined across the archive: the role assertions (persons named
     * or inferred, terms not yet closed), the participant lists' attendances, the activities in archive order and
     * the mentions newest first. The people of an archive are a function of these and the persons alone, so they are
     * what an archive stores to serve its people without reading the minutes again.
     */
    public record Readings(List<RoleAssertion> assertions, List<Attendance> attendances, List<Activity> activities,
                           List<Mention> mentions) {
        public Readings {
            assertions = List.copyOf(assertions);
            attendances = List.copyOf(attendances);
            activities = List.copyOf(activities);
            mentions = List.copyOf(mentions);
        }
    }

    private final PersonResolver persons;
    private final Readings readings;
    private final RoleTimeline timeline;
    private final Memberships memberships;
    private final Map<String, List<Activity>> activities;
    private final Map<String, List<Mention>> mentions;
    /** Everyone, by name (persons with the same name in the resolver's order). */
    private final List<PersonResolver.Person> byName;

    private People(PersonResolver persons, Readings readings) {
        this.persons = persons;
        this.readings = readings;
        this.timeline = new RoleTimeline(readings.assertions());
        this.memberships = Memberships.build(readings.attendances());
        this.activities = byPerson(readings.activities(), Activity::personId);
        this.mentions = byPerson(readings.mentions(), Mention::personId);
        this.byName = persons.persons().stream().sorted(Comparator.comparing(PersonResolver.Person::name)).toList();
    }

    /** The people of an archive whose persons and readings are these (as {@link #build} made them). */
    public static People of(PersonResolver persons, Readings readings) {
        return new People(persons, readings);
    }

    /** Groups a list by person, each group in the order of the list. */
    private static <T> Map<String, List<T>> byPerson(List<T> all, Function<T, String> person) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T t : all) {
            groups.computeIfAbsent(person.apply(t), k -> new ArrayList<>()).add(t);
        }
        groups.replaceAll((k, list) -> List.copyOf(list));
        return groups;
    }

    public static People build(AnnotatedCorpus corpus, CorpusEntities entities, OrganisationGazetteer organisations) {
        return build(corpus, entities, organisations, MeetingFailures.RETHROW);
    }

    /**
     * Reads roles, attendances, activities and mentions meeting by meeting, then builds the timeline and the
     * membership periods across the archive. A meeting whose reading throws is reported to {@code failures} (stage
     * {@code people}) and contributes nothing.
     */
    public static People build(AnnotatedCorpus corpus, CorpusEntities entities, OrganisationGazetteer organisations,
                               MeetingFailures failures) {
        RoleExtractor extractor = new RoleExtractor(organisations);
        AttendanceReader attendanceReader = new AttendanceReader(entities.persons());
        List<RoleAssertion> roles = new ArrayList<>();
        List<Attendance> attendances = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        // Meetings are read in parallel (a meeting's reading depends on it and the resolved persons alone); results
        // and failures are taken in corpus order, on this thread, so that neither depends on the timing.
        List<AnnotatedCorpus.MeetingAnnotations> meetings = corpus.byMeeting();
        List<MeetingFailures.Attempt<MeetingReading>> read = meetings.parallelStream()
                .map(meeting -> MeetingFailures.Attempt.of(() -> new MeetingReading(extractor.extract(meeting, entities),
                        attendanceReader.read(meeting.meeting()), mentions(meeting, entities))))
                .toList();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingFailures.Attempt<MeetingReading> attempt = read.get(i);
            if (failures.run(meetings.get(i).meeting(), "people", attempt::rethrow)) {
                MeetingReading reading = attempt.value();
                roles.addAll(reading.extraction().roles());
                attendances.addAll(reading.attendances());
                activities.addAll(reading.extraction().activities());
                mentions.addAll(reading.mentions());
            }
        }
        mentions.sort(Comparator.comparing((Mention m) -> m.evidence().meetingDate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(m -> m.evidence().item()));
        RoleExtractor.Extraction extraction = new RoleExtractor.Extraction(roles, activities);
        List<RoleAssertion> named = extraction.roles().stream().filter(a -> a.personId() != null).toList();
        RoleTimeline known = new RoleTimeline(named);
        List<RoleAssertion> all = new ArrayList<>(named);
        for (RoleAssertion a : extraction.roles()) {
            if (a.personId() != null) {
                continue;
            }
            Optional<RoleAssertion> holder = a.status() == RoleAssertion.Status.VACANT || a.validFrom() == null ? Optional.empty()
                    : known.soleHolder(a.role(), a.organisation(), a.validFrom());
            all.add(holder.map(h -> a.withPerson(h.personId(), h.personName(), true)).orElse(a));
        }
        return new People(entities.persons(), new Readings(all, attendances, extraction.activities(), mentions));
    }

    /** What one meeting says of persons. */
    private record MeetingReading(RoleExtractor.Extraction extraction, List<Attendance> attendances,
                                  List<Mention> mentions) {
    }

    /** The sentences of one meeting that name a person (the header as a whole for its participants). */
    private static List<Mention> mentions(AnnotatedCorpus.MeetingAnnotations meeting, CorpusEntities entities) {
        List<Mention> out = new ArrayList<>();
        for (AnnotatedItem item : meeting.items()) {
            ItemEntities found = entities.item(item.meeting().id(), item.item().number()).orElse(null);
            if (found == null) {
                continue;
            }
            for (Entity e : found.of(EntityType.PERSON)) {
                AnnotatedText text = e.section().equals(CorpusEntities.TITLE) ? item.title() : sectionText(item, e.section());
                if (text == null) {
                    continue;
                }
                for (AnnotatedSentence s : text.sentences()) {
                    if (s.start() <= e.start() && e.end() <= s.end()) {
                        out.add(new Mention((String) e.value(), new Evidence(item.meeting().id(), item.meeting().date(),
                                item.item().number(), e.section(), s.text(text.text()), s.start(), s.end())));
                    }
                }
            }
        }
        AnnotatedText header = meeting.header();
        String meetingId = meeting.meeting().id();
        if (header != null) {
            entities.item(meetingId, 0).ifPresent(found -> {
                for (Entity e : found.of(EntityType.PERSON)) {
                    out.add(new Mention((String) e.value(), new Evidence(meetingId, meeting.meeting().date(), 0,
                            CorpusEntities.HEADER, header.text(), 0, header.text().length())));
                }
            });
        }
        return out;
    }

    private static AnnotatedText sectionText(AnnotatedItem item, String section) {
        for (int i = 0; i < item.item().sections().size(); i++) {
            if (item.item().sections().get(i).kind().key().equals(section)) {
                return item.sections().get(i);
            }
        }
        return null;
    }

    public PersonResolver persons() {
        return persons;
    }

    /** What the people were made of (see {@link Readings}). */
    public Readings readings() {
        return readings;
    }

    public RoleTimeline timeline() {
        return timeline;
    }

    public Memberships memberships() {
        return memberships;
    }

    /** The periods in which a person sat on a body, oldest first. */
    public List<Membership> memberships(String personId) {
        return memberships.ofPerson(personId);
    }

    /** The person's activities, in archive order. */
    public List<Activity> activities(String personId) {
        return activities.getOrDefault(personId, List.of());
    }

    /** The sentences that name the person, newest first. */
    public List<Mention> mentions(String personId) {
        return mentions.getOrDefault(personId, List.of());
    }

    /**
     * Persons whose name or an alias contains the query (case ignored), by name; everyone for an empty query. The list
     * by name is made once, so an empty query costs nothing and any other one scan.
     */
    public List<PersonResolver.Person> search(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return byName;
        }
        return byName.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q)
                || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))).toList();
    }

    /** The roles a person holds on the newest date the archive knows them by. */
    public List<RoleAssertion> currentRoles(String personId) {
        List<RoleAssertion> roles = timeline.ofPerson(personId);
        return roles.stream().filter(a -> a.validTo() == null && a.status() != RoleAssertion.Status.FORMER).toList();
    }

    /**
     * The person's current roles once each: the archive asserts a role for every sentence that names it (an item's
     * recommendation and its decision, "Kommunaldirektør" and "Kommunaldirektøren" in later minutes), so the open
     * assertions are told apart by the role's normal form and its organisation, and each is given by its earliest
     * assertion: the sentence from which the archive knows the person held it. Oldest first.
     */
    public List<RoleAssertion> currentPosts(String personId) {
        Map<String, RoleAssertion> first = new LinkedHashMap<>();
        for (RoleAssertion a : currentRoles(personId)) {
            // ofPerson is ordered by validFrom, so the first assertion of a post is its earliest
            first.putIfAbsent(a.role() + "|" + (a.organisation() == null ? "" : a.organisation()), a);
        }
        return List.copyOf(first.values());
    }
}
