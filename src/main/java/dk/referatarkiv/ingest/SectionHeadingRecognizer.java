package dk.referatarkiv.ingest;

import java.util.Optional;

/** Recognises a section heading ("Beslutning", "Beslutning i Økonomiudvalget den 24-06-2020" ...) by its text. */
@FunctionalInterface
public interface SectionHeadingRecognizer {

    record SectionHeading(SectionKind kind, String heading) {
    }

    Optional<SectionHeading> match(SourceLine line);
}
