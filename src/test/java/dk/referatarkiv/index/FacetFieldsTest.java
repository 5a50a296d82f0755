package dk.referatarkiv.index;

import dk.referatarkiv.testing.TestData;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The municipality, body and party fields of the documents built from the facet fixtures: two meetings of Solby's
 * Økonomiudvalget and one of Nordby's Byråd, with parties in their participant lists (see fixtures/facets/README.md).
 */
class FacetFieldsTest {

    @TempDir
    static Path tmp;
    private static ArchiveIndex index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/facets/solby-2023-03-14.txt",
                "fixtures/facets/solby-2023-04-18.txt", "fixtures/facets/nordby-2023-05-02.txt");
        index = TestData.indexOf(TestData.load(corpus), tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static final String SOLBY_1 = "solby-oekonomiudvalget-2023-03-14";
    private static final String SOLBY_2 = "solby-oekonomiudvalget-2023-04-18";
    private static final String NORDBY = "nordby-byraadet-2023-05-02";

    /** Party label → the documents that have it. */
    private static final Map<String, Set<String>> PARTIES = Map.of(
            // Headers: every participant's party, the absent ones included (Dorte Vang (C) at Solby's first meeting).
            // #0 of Solby 1 and 2, Nordby: participants. Solby 1 #2: "Birte Lund (V)" and "Enhedslisten" in the text.
            // Solby 1 #3: Carl Munk, listed (Ø) at that meeting; "Venstre side af Skolevej" and "til venstre" are no party.
            // Solby 2 #1: Birte Lund is not on that meeting's list, but on the other Solby meeting's as (V).
            "Socialdemokratiet (A)", Set.of(SOLBY_1 + "#0", SOLBY_2 + "#0", NORDBY + "#0"),
            "Venstre (V)", Set.of(SOLBY_1 + "#0", SOLBY_1 + "#2", SOLBY_2 + "#1"),
            "Enhedslisten (Ø)", Set.of(SOLBY_1 + "#0", SOLBY_1 + "#2", SOLBY_1 + "#3", SOLBY_2 + "#0"),
            "Det Konservative Folkeparti (C)", Set.of(SOLBY_1 + "#0", SOLBY_2 + "#0", NORDBY + "#0"),
            // Nordby #1: "Fie Holm (F)" in the decision, "Dansk Folkepartis byrådsgruppe" in the text.
            "SF - Socialistisk Folkeparti (F)", Set.of(NORDBY + "#0", NORDBY + "#1"),
            "Dansk Folkeparti (O)", Set.of(NORDBY + "#1"));

    @Test
    void partiesOfEachDocument() throws IOException {
        Map<String, Set<String>> found = index.withSearcher(s -> {
            Map<String, Set<String>> byParty = new TreeMap<>();
            for (String label : terms(s, Fields.PARTY)) {
                byParty.put(label, ids(s, Fields.PARTY, label));
            }
            return byParty;
        });
        assertEquals(new TreeMap<>(PARTIES), found);
    }

    /** The same name's party in another municipality is not this person's. */
    @Test
    void aPartyIsNotTakenFromAnotherMunicipality() throws IOException {
        index.withSearcher(s -> {
            // Solby 1 #4 names Erik Sand, who is on a list only in Nordby, as (C): persons are scoped by municipality,
            // so Solby's Erik Sand is another person, and the Solby item has no party.
            Set<String> erikSands = terms(s, Fields.PERSON).stream().filter(id -> id.startsWith("erik-sand"))
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(2, erikSands.size(), erikSands.toString());
            for (String label : terms(s, Fields.PARTY)) {
                assertFalse(ids(s, Fields.PARTY, label).contains(SOLBY_1 + "#4"), label);
            }
            // Birte Lund, on a list only in Solby, as (V), has her party in the other Solby meeting's item.
            assertTrue(ids(s, Fields.PERSON, "birte-lund").contains(SOLBY_2 + "#1"));
            return null;
        });
    }

    @Test
    void municipalityAndBodyOfEveryDocumentOfAMeeting() throws IOException {
        index.withSearcher(s -> {
            assertEquals(Set.of("Nordby", "Solby"), terms(s, Fields.MUNICIPALITY));
            assertEquals(Set.of("Byrådet", "Økonomiudvalget"), terms(s, Fields.BODY));
            assertEquals(Set.of(SOLBY_1 + "#0", SOLBY_1 + "#1", SOLBY_1 + "#2", SOLBY_1 + "#3", SOLBY_1 + "#4",
                    SOLBY_2 + "#0", SOLBY_2 + "#1"), ids(s, Fields.MUNICIPALITY, "Solby"));
            assertEquals(ids(s, Fields.MUNICIPALITY, "Solby"), ids(s, Fields.BODY, "Økonomiudvalget"));
            assertEquals(Set.of(NORDBY + "#0", NORDBY + "#1", NORDBY + "#2"), ids(s, Fields.BODY, "Byrådet"));
            return null;
        });
    }

    private static Set<String> terms(IndexSearcher searcher, String field) throws IOException {
        Set<String> values = new TreeSet<>();
        for (var leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms(field);
            if (terms != null) {
                var it = terms.iterator();
                for (var term = it.next(); term != null; term = it.next()) {
                    values.add(term.utf8ToString());
                }
            }
        }
        return values;
    }

    private static Set<String> ids(IndexSearcher searcher, String field, String value) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(field, value)), 1000).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
        }
        return ids;
    }
}
