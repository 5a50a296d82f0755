package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import dk.referatarkiv.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs the stages after ingest (NLP, entities, people) so that an exception for one file costs only that file: the
 * file's meeting is left out, its report names the stage and the reason, and every other file goes on.
 * <p>
 * NLP annotates meeting by meeting, so a failure is caught where it happens. Entities and people are built over the
 * whole corpus (persons resolve across meetings), so when one of them throws, each meeting is run alone to find the
 * ones that fail, and the stage is run again without them. That costs nothing while nothing fails and one extra
 * pass per failure; a failure no single meeting reproduces is not one file's fault and fails the run.
 * Not thread-safe; one instance per archive opening.
 */
final class IsolatedStages {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedStages.class);

    /** The archive's analysed parts, without the meetings a stage failed on; {@code corpus} reports those. */
    record Result(Corpus corpus, AnnotatedCorpus annotated, CorpusEntities entities, People people) {
    }

    /** The stages, as functions so that tests can make them fail for one file. */
    record Stages(Function<String, AnnotatedText> annotator, Function<AnnotatedCorpus, CorpusEntities> entities,
                  BiFunction<AnnotatedCorpus, CorpusEntities, People> people) {

        static Stages of(DanishPipeline pipeline, NlpModels models, OrganisationGazetteer gazetteer) {
            return new Stages(pipeline::annotate, a -> CorpusEntities.extract(a, models, gazetteer),
                    (a, entities) -> People.build(a, entities, gazetteer));
        }
    }

    private final Stages stages;
    /** meeting id → "stage nlp: ..." */
    private final Map<String, String> failures = new LinkedHashMap<>();
    /** The corpus as loaded, with the reports of ingest. */
    private Corpus loaded;
    /** The annotations of the meetings no stage has failed on so far. */
    private AnnotatedCorpus annotated;

    IsolatedStages(Stages stages) {
        this.stages = stages;
    }

    /** Annotates the corpus and extracts its entities and people. */
    Result analyse(Corpus corpus) {
        loaded = corpus;
        return entitiesAndPeople(AnnotatedCorpus.annotate(corpus, stages.annotator(), (meeting, e) -> fail(meeting, "nlp", e)));
    }

    /**
     * The result without the meetings the index left out (meeting id → reason), their entities and people built
     * again without them; the same result when there are none.
     */
    Result leftOutOfIndex(Result result, Map<String, String> leftOut) {
        Map<String, String> present = new LinkedHashMap<>();
        leftOut.forEach((id, reason) -> result.corpus().meeting(id).ifPresent(m -> present.put(id, reason)));
        if (present.isEmpty()) {
            return result;
        }
        present.forEach((id, reason) -> {
            failures.put(id, "stage index: " + reason);
            LOG.warn("{}: left out of the index: {}", result.corpus().meeting(id).map(Meeting::sourceFile).orElse(id), reason);
        });
        return entitiesAndPeople(result.annotated().restrictedTo(result.corpus().without(present.keySet())));
    }

    private Result entitiesAndPeople(AnnotatedCorpus start) {
        annotated = start;
        while (true) {
            CorpusEntities entities = isolated("entities", stages.entities());
            int before = failures.size();
            People people = isolated("people", a -> stages.people().apply(a, entities));
            if (failures.size() == before) {
                Corpus reported = loaded.withFailures(failures);
                return new Result(reported, annotated.restrictedTo(reported), entities, people);
            }
            // People left a meeting out: extract the entities again without it, so that none of its persons remain.
        }
    }

    /** Runs a corpus-wide stage; on failure finds the meetings that fail alone and runs it again without them. */
    private <T> T isolated(String stage, Function<AnnotatedCorpus, T> run) {
        while (true) {
            try {
                return run.apply(annotated);
            } catch (RuntimeException | StackOverflowError whole) {
                Map<String, Meeting> culprits = new LinkedHashMap<>();
                for (Meeting meeting : annotated.corpus().meetings()) {
                    Corpus alone = new Corpus(List.of(meeting), List.of(), annotated.corpus().fingerprint());
                    try {
                        run.apply(annotated.restrictedTo(alone));
                    } catch (RuntimeException | StackOverflowError e) {
                        fail(meeting, stage, e);
                        culprits.put(meeting.id(), meeting);
                    }
                }
                if (culprits.isEmpty()) {
                    throw whole;
                }
                annotated = annotated.restrictedTo(annotated.corpus().without(culprits.keySet()));
            }
        }
    }

    private void fail(Meeting meeting, String stage, Throwable e) {
        LOG.warn("{}: stage {} failed; the file is left out", meeting.sourceFile(), stage, e);
        failures.put(meeting.id(), "stage " + stage + ": " + reason(e));
    }

    /** An exception as one line for a report: its type and the first line of its message. */
    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return message.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
