package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.EntityCache;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MeetingFailures;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the stages after ingest (NLP, entities, people) so that an exception for one file costs only that file. Each
 * stage does its per-meeting work through {@link MeetingFailures#run}, so a failure is caught where it happens; here
 * the meetings a stage reported are left out of the later stages and of the result, and their files are reported
 * with the stage and the reason. Nothing is run twice, except people when the index refused a meeting after the fact.
 * Not thread-safe; one instance per archive opening.
 */
final class IsolatedStages {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedStages.class);

    /**
     * The archive's analysed parts, without the meetings a stage failed on; {@code corpus} reports those, and
     * {@code failures} gives each one's reason by meeting id (what the corpus as loaded was given to report them).
     */
    record Result(Corpus corpus, Map<String, String> failures, AnnotatedCorpus annotated, CorpusEntities entities,
                  People people) {
    }

    /** Entity extraction that reports the meetings it fails on. */
    @FunctionalInterface
    interface EntityStage {
        CorpusEntities extract(AnnotatedCorpus annotated, MeetingFailures failures);
    }

    /** People building that reports the meetings it fails on. */
    @FunctionalInterface
    interface PeopleStage {
        People build(AnnotatedCorpus annotated, CorpusEntities entities, MeetingFailures failures);
    }

    /** The stages, as parameters so that tests can make them fail for one file. */
    record Stages(Function<String, AnnotatedText> annotator, EntityStage entities, PeopleStage people) {

        static Stages of(DanishPipeline pipeline, NlpModels models, OrganisationGazetteer gazetteer) {
            return of(pipeline::annotate, models, gazetteer);
        }

        static Stages of(Function<String, AnnotatedText> annotator, NlpModels models, OrganisationGazetteer gazetteer) {
            return of(annotator, models, gazetteer, EntityCache.empty(""));
        }

        /** The stages with each item's entities taken from {@code entityCache} when it has them. */
        static Stages of(Function<String, AnnotatedText> annotator, NlpModels models, OrganisationGazetteer gazetteer,
                         EntityCache entityCache) {
            return new Stages(annotator, (a, f) -> CorpusEntities.extract(a, models, gazetteer, f, entityCache),
                    (a, entities, f) -> People.build(a, entities, gazetteer, f));
        }
    }

    private final Stages stages;
    /** meeting id → "stage nlp: ..." */
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final MeetingFailures sink = (meeting, stage, e) -> {
        LOG.warn("{}: stage {} failed; the meeting is left out", meeting.sourceFile(), stage, e);
        failures.put(meeting.id(), "stage " + stage + ": " + MeetingFailures.reason(e));
    };
    /** The corpus as loaded, with the reports of ingest. */
    private Corpus loaded;

    IsolatedStages(Stages stages) {
        this.stages = stages;
    }

    /**
     * Annotates the corpus and extracts its entities and people.
     *
     * @param leftOutByIndex meetings a previous build of the current index left out (meeting id → reason): they stay
     *                       out, so that the API agrees with the index, and cost no work
     */
    Result analyse(Corpus corpus, Map<String, String> leftOutByIndex) {
        loaded = corpus;
        Set<String> ids = meetingIds(corpus);
        leftOutByIndex.forEach((id, reason) -> {
            if (ids.contains(id)) {
                failures.put(id, "stage index: " + reason);
            }
        });
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(corpus.without(failures.keySet()), stages.annotator(), sink);
        CorpusEntities entities = stages.entities().extract(annotated, sink);
        annotated = annotated.without(failures.keySet());
        Set<String> before = new HashSet<>(failures.keySet());
        People people = stages.people().build(annotated, entities, sink);
        Set<String> byPeople = new HashSet<>(failures.keySet());
        byPeople.removeAll(before);
        if (byPeople.isEmpty()) {
            return result(annotated, entities, people);
        }
        // Without those meetings persons are resolved again; people are read again with those persons, so that the
        // people of the result and its entities know the same persons.
        annotated = annotated.without(byPeople);
        entities = entities.without(byPeople);
        return result(annotated, entities, stages.people().build(annotated, entities, sink));
    }

    /**
     * The result without the meetings the index refused while it was built (meeting id → reason); their entities
     * go, and people are read again without them. The same result when there are none.
     */
    Result leftOutOfIndex(Result result, Map<String, String> leftOut) {
        Set<String> present = new HashSet<>();
        Map<String, Meeting> meetings = new HashMap<>();
        result.annotated().corpus().meetings().forEach(m -> meetings.put(m.id(), m));
        leftOut.forEach((id, reason) -> {
            Meeting m = meetings.get(id);
            if (m != null) {
                present.add(id);
                failures.put(id, "stage index: " + reason);
                LOG.warn("{}: left out of the index: {}", m.sourceFile(), reason);
            }
        });
        if (present.isEmpty()) {
            return result;
        }
        AnnotatedCorpus annotated = result.annotated().without(present);
        CorpusEntities entities = result.entities().without(present);
        return result(annotated, entities, stages.people().build(annotated, entities, sink));
    }

    /** The ids of the corpus's meetings, for lookups that would otherwise scan the corpus once per meeting. */
    private static Set<String> meetingIds(Corpus corpus) {
        Set<String> ids = new HashSet<>();
        corpus.meetings().forEach(m -> ids.add(m.id()));
        return ids;
    }

    private Result result(AnnotatedCorpus annotated, CorpusEntities entities, People people) {
        return new Result(loaded.withFailures(failures), Collections.unmodifiableMap(new LinkedHashMap<>(failures)),
                annotated, entities, people);
    }
}
