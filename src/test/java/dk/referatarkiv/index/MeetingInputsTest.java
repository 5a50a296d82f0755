package dk.referatarkiv.index;

import dk.referatarkiv.entities.Amount;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.ingest.SectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A meeting's inputs fingerprint changes with everything its documents are made from — the meeting's text and
 * fields, the annotations' key, the schema, and each document's resolved entities (every mention), persons' parties
 * and closed text —
 * and only with those: equal inputs give equal fingerprints, whatever order a set of budget years was built in.
 */
class MeetingInputsTest {

    private static final Party VENSTRE = new Party("V", "Venstre");

    @Test
    void equalInputsGiveEqualFingerprints() {
        assertEquals(fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025, 2026)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2026, 2025)),
                        Set.of(VENSTRE), ""));
    }

    @Test
    void everyInputChangesTheFingerprint() {
        String base = fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025)),
                Set.of(VENSTRE), "");
        List<String> changed = List.of(
                fingerprint("schema 2", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models 2", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Byrådssalen"), entities("anna-holm", Set.of(2025)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm-2", Set.of(2025)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2026)),
                        Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025)),
                        Set.of(), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), null, Set.of(VENSTRE), ""),
                fingerprint("schema", "models", meeting("Rådhussalen"), entities("anna-holm", Set.of(2025)),
                        Set.of(VENSTRE), "Lukket tekst"));
        for (String other : changed) {
            assertNotEquals(base, other);
        }
        assertEquals(changed.size(), Set.copyOf(changed).size());
    }

    /**
     * The stored sentences hold every mention, so a mention resolved otherwise changes the fingerprint although the
     * distinct values the search fields index stay the same ("Holm" no longer resolved beside "Anna Holm").
     */
    @Test
    void aMentionResolvedOtherwiseChangesTheFingerprint() {
        Entity anna = new Entity(EntityType.PERSON, "Anna Holm", 0, 9, "beslutning", "anna-holm", "Anna Holm");
        Entity holm = new Entity(EntityType.PERSON, "Holm", 30, 34, "beslutning", "anna-holm", "Anna Holm");
        ItemEntities both = new ItemEntities("soeholm-byraad-2021-03-12", 1, List.of(anna, holm), Set.of());
        ItemEntities one = new ItemEntities("soeholm-byraad-2021-03-12", 1, List.of(anna), Set.of());
        ItemEntities relabelled = new ItemEntities("soeholm-byraad-2021-03-12", 1,
                List.of(anna, holm.withValue("anna-holm", "Anna K. Holm")), Set.of());
        String base = fingerprint("schema", "models", meeting("Rådhussalen"), both, Set.of(), "");
        assertNotEquals(base, fingerprint("schema", "models", meeting("Rådhussalen"), one, Set.of(), ""));
        assertNotEquals(base, fingerprint("schema", "models", meeting("Rådhussalen"), relabelled, Set.of(), ""));
    }

    private static String fingerprint(String schema, String annotationsKey, Meeting meeting, ItemEntities entities,
                                      Set<Party> parties, String closedText) {
        return new MeetingInputs(schema, annotationsKey, meeting).document(entities, parties, closedText).fingerprint();
    }

    private static Meeting meeting(String place) {
        AgendaItem item = new AgendaItem(1, "1. Budget 2025", "Budget 2025", null, "", "",
                List.of(new Section(SectionKind.BESLUTNING, "Beslutning", "Godkendt i " + place + ".", List.of(), 3)),
                1, false);
        return new Meeting("soeholm-byraad-2021-03-12", "Søholm", "Byrådet", LocalDate.of(2021, 3, 12), null, null,
                place, List.of(), List.of(item), "soeholm.txt");
    }

    private static ItemEntities entities(String person, Set<Integer> budgetYears) {
        return new ItemEntities("soeholm-byraad-2021-03-12", 1, List.of(
                new Entity(EntityType.PERSON, "Anna Holm", 0, 9, "beslutning", person, "Anna Holm"),
                new Entity(EntityType.AMOUNT, "2 mio. kr.", 10, 20, "beslutning", new Amount(2_000_000, null), "2 mio. kr.")),
                budgetYears);
    }
}
