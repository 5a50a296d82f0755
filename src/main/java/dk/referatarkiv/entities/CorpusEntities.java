package dk.referatarkiv.entities;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.NlpModels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The entities of a whole corpus, extracted from its annotations (no second NLP pass), with persons resolved to one
 * identity each across the archive. Immutable and thread-safe once built.
 *
 * @param items   by document id ({@code meetingId#item}; item 0 is the meeting header)
 * @param persons the identities of everyone named
 */
public record CorpusEntities(Map<String, ItemEntities> items, PersonResolver persons, long millis) {

    public static final String TITLE = "title";
    public static final String HEADER = "header";

    public Optional<ItemEntities> item(String meetingId, int item) {
        return Optional.ofNullable(items.get(documentId(meetingId, item)));
    }

    /** The id an item's (or, for item 0, the header's) entities are kept under in {@link #items}. */
    public static String documentId(String meetingId, int item) {
        return meetingId + "#" + item;
    }

    public static CorpusEntities extract(AnnotatedCorpus corpus, NlpModels models, OrganisationGazetteer organisations) {
        return extract(corpus, models, organisations, MeetingFailures.RETHROW);
    }

    /**
     * Extracts meeting by meeting, then resolves persons across the archive. A meeting whose extraction throws is
     * reported to {@code failures} (stage {@code entities}) and has no entities; the caller leaves it out.
     */
    public static CorpusEntities extract(AnnotatedCorpus corpus, NlpModels models, OrganisationGazetteer organisations,
                                         MeetingFailures failures) {
        return extract(corpus, models, organisations, failures, EntityCache.empty(""));
    }

    /**
     * As {@link #extract(AnnotatedCorpus, NlpModels, OrganisationGazetteer, MeetingFailures)}, taking the entities of
     * each item and header that {@code cache} has seen from it (the extraction per item depends on that item alone)
     * and adding the others to it. Persons are resolved across the archive afresh either way.
     */
    public static CorpusEntities extract(AnnotatedCorpus corpus, NlpModels models, OrganisationGazetteer organisations,
                                         MeetingFailures failures, EntityCache cache) {
        long start = System.nanoTime();
        OrganisationExtractor orgs = new OrganisationExtractor(organisations);
        // Meetings are extracted in parallel (each item's entities depend on that item alone); a name finder keeps
        // document state, so each task borrows one of its own. Results and failures are taken in corpus order, on
        // this thread, so that neither depends on the timing.
        Queue<PersonExtractor> finders = new ConcurrentLinkedQueue<>();
        List<AnnotatedCorpus.MeetingAnnotations> meetings = corpus.byMeeting();
        List<MeetingFailures.Attempt<Map<String, List<Entity>>>> done = meetings.parallelStream().map(annotations -> {
            PersonExtractor persons = finders.poll();
            if (persons == null) {
                persons = new PersonExtractor(models.names(), organisations);
            }
            PersonExtractor borrowed = persons;
            try {
                return MeetingFailures.Attempt.of(() -> extractMeeting(annotations, borrowed, orgs, cache));
            } finally {
                finders.add(persons);
            }
        }).toList();
        Map<String, List<Entity>> raw = new LinkedHashMap<>();
        Map<String, Meeting> meetingOf = new LinkedHashMap<>();
        // The person names of each meeting: a first name alone resolves to a full name of the same meeting.
        Map<String, List<String>> namesOfMeeting = new LinkedHashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i).meeting();
            MeetingFailures.Attempt<Map<String, List<Entity>>> extracted = done.get(i);
            if (failures.run(meeting, "entities", extracted::rethrow)) {
                Map<String, List<Entity>> ofMeeting = extracted.value();
                raw.putAll(ofMeeting);
                ofMeeting.keySet().forEach(id -> meetingOf.put(id, meeting));
                List<String> names = new ArrayList<>();
                ofMeeting.values().forEach(list -> list.stream().filter(x -> x.type() == EntityType.PERSON)
                        .forEach(x -> names.add(x.text())));
                namesOfMeeting.put(meeting.id(), names);
            }
        }
        PersonResolver resolver = PersonResolver.of(fullNames(raw, meetingOf));
        Map<String, ItemEntities> items = new LinkedHashMap<>();
        raw.forEach((id, entities) -> {
            Meeting meeting = meetingOf.get(id);
            List<String> meetingNames = namesOfMeeting.get(meeting.id());
            List<String> itemNames = entities.stream().filter(x -> x.type() == EntityType.PERSON).map(Entity::text).toList();
            List<Entity> resolved = new ArrayList<>();
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    resolved.add(e);
                    continue;
                }
                resolver.resolve(meeting.municipality(), e.text(), itemNames, meetingNames)
                        .ifPresent(p -> resolved.add(e.withValue(p.id(), p.name())));
            }
            int number = Integer.parseInt(id.substring(id.indexOf('#') + 1));
            items.put(id, new ItemEntities(meeting.id(), number, resolved, budgetYears(resolved)));
        });
        return new CorpusEntities(Map.copyOf(items), resolver, (System.nanoTime() - start) / 1_000_000);
    }

    /** One meeting's entities by document id. */
    private static Map<String, List<Entity>> extractMeeting(AnnotatedCorpus.MeetingAnnotations annotations,
                                                            PersonExtractor persons, OrganisationExtractor orgs,
                                                            EntityCache cache) {
        Meeting meeting = annotations.meeting();
        Map<String, List<Entity>> ofMeeting = new LinkedHashMap<>();
        if (annotations.header() != null) {
            String header = annotations.header().text();
            ofMeeting.put(documentId(meeting.id(), 0), cache.through(EntityCache.headerKey(meeting, header), () -> {
                List<Entity> entities = new ArrayList<>(participants(meeting, header));
                entities.addAll(orgs.extract(header, HEADER));
                return entities;
            }));
        }
        for (AnnotatedItem annotated : annotations.items()) {
            try {
                // the name finder forgets each item at endDocument, so an item's entities depend on it alone
                ofMeeting.put(documentId(meeting.id(), annotated.item().number()), cache.through(
                        EntityCache.itemKey(annotated), () -> itemEntities(annotated, persons, orgs)));
            } finally {
                persons.endDocument();
            }
        }
        return ofMeeting;
    }

    /**
     * The entities without these meetings' items; persons are resolved again from the remaining mentions, so that
     * nobody named only in a left-out meeting remains.
     */
    public CorpusEntities without(Set<String> meetingIds) {
        if (meetingIds.isEmpty()) {
            return this;
        }
        Map<String, ItemEntities> kept = new LinkedHashMap<>();
        items.forEach((id, e) -> {
            if (!meetingIds.contains(e.meetingId())) {
                kept.put(id, e);
            }
        });
        // Each kept name stays in the municipality its person was resolved to.
        List<PersonResolver.Name> names = new ArrayList<>();
        kept.values().forEach(e -> e.of(EntityType.PERSON).forEach(p -> persons.byId(String.valueOf(p.value()))
                .ifPresent(person -> names.add(new PersonResolver.Name(person.municipality(), p.text())))));
        return new CorpusEntities(Map.copyOf(kept), PersonResolver.of(names), millis);
    }

    private static List<Entity> itemEntities(AnnotatedItem annotated, PersonExtractor persons, OrganisationExtractor orgs) {
        Meeting meeting = annotated.meeting();
        AgendaItem item = annotated.item();
        List<Entity> entities = new ArrayList<>(textEntities(annotated.title(), TITLE, meeting, persons, orgs));
        for (int i = 0; i < item.sections().size(); i++) {
            Section section = item.sections().get(i);
            entities.addAll(textEntities(annotated.sections().get(i), section.kind().key(), meeting, persons, orgs));
        }
        if (item.journalNumber() != null) {
            entities.add(new Entity(EntityType.JOURNAL, item.journalNumber().raw(), -1, -1, "journal",
                    item.journalNumber().raw(), item.journalNumber().emne()));
        }
        return entities;
    }

    private static List<Entity> textEntities(AnnotatedText text, String section, Meeting meeting, PersonExtractor persons,
                                             OrganisationExtractor orgs) {
        String s = text.text();
        List<Entity> entities = new ArrayList<>(persons.extract(text, section));
        entities.addAll(new DateExtractor().extract(s, section, meeting.date()));
        entities.addAll(new AmountExtractor().extract(s, section));
        entities.addAll(new BudgetYearExtractor().extract(s, section));
        entities.addAll(orgs.extract(s, section));
        entities.addAll(new NetworkExtractor().extract(s, section));
        entities.addAll(new JournalExtractor().extract(s, section));
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return entities;
    }

    /**
     * Participants of the header as person mentions, at their place in the header text. The places come from the
     * meeting, which wrote the text: the header lists absentees last, so participant order is not text order.
     */
    private static List<Entity> participants(Meeting meeting, String header) {
        List<Entity> found = new ArrayList<>();
        for (Meeting.HeaderEntry entry : meeting.headerEntries()) {
            String name = entry.participant().name();
            if (entry.end() <= header.length() && header.startsWith(name, entry.start())) {
                found.add(new Entity(EntityType.PERSON, name, entry.start(), entry.start() + name.length(), HEADER, null, name));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Every full name mentioned, with the municipality of its meeting. */
    private static List<PersonResolver.Name> fullNames(Map<String, List<Entity>> raw, Map<String, Meeting> meetingOf) {
        List<PersonResolver.Name> names = new ArrayList<>();
        raw.forEach((id, list) -> list.stream().filter(e -> e.type() == EntityType.PERSON && e.text().contains(" "))
                .forEach(e -> names.add(new PersonResolver.Name(meetingOf.get(id).municipality(), e.text()))));
        return names;
    }

    private static Set<Integer> budgetYears(List<Entity> entities) {
        Set<Integer> inTitle = new TreeSet<>();
        Set<Integer> inText = new TreeSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.BUDGET_YEAR) {
                (e.section().equals(TITLE) ? inTitle : inText).add((Integer) e.value());
            }
        }
        return inTitle.isEmpty() ? inText : inTitle;
    }
}
