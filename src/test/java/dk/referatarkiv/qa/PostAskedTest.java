package dk.referatarkiv.qa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The post a question for a person asks who held, and whether a text names it. */
class PostAskedTest {

    private static final Set<MeetingFact> POSTS = Set.of(MeetingFact.CHAIR, MeetingFact.VICE_CHAIR);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem var formand for Teknisk Udvalg i 2024?|formand",
            "Hvem er formanden for udvalget?|formand",
            "Hvem blev valgt som næstformand?|næstformand",
            "Hvem er Sønderby Kommunes kommunaldirektør?|kommunaldirektør",
            "Hvem var ny udvalgsformand efter valget?|udvalgsformand",
            "Hvem var sagsbehandler for ansøgningen om tilskud?|sagsbehandler",
            "Hvem leder netværket for ældre?|",
            "Hvem havde udvalgsformanden peget på til posten?|",
            "Hvem stillede forslaget sammen med borgmester Anna Holm?|",
            "Hvem var fraværende?|"})
    void thePostAskedFor(String question, String post) {
        assertEquals(Optional.ofNullable(post), PostAsked.of(BareQuestions.of(question, AnswerType.PERSON), POSTS).map(PostAsked::post));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "formand|Udvalgets formand er Hanne Dahl.|true",
            "formand|Formanden bød velkommen.|true",
            "formand|Hanne Dahl blev valgt som udvalgsformand.|true",
            "sagsbehandler|Sagsbeh.: Lone Bak|true",
            "formand|Ole Friis blev valgt som næstformand.|false",
            "borgmester|Viceborgmester Ole Friis fremlagde sagen.|false",
            "formand|Planen blev vedtaget i sin nuværende form. Hanne Dahl takkede.|false",
            "formand|Hanne Dahl bød velkommen.|false",
            "kommunaldirektør|Direktør Ole Friis fremlagde sagen.|false"})
    void aTextNamesThePostInAnyFormOrAsAnAbbreviatedLabel(String post, String text, boolean names) {
        Question q = BareQuestions.of("Hvem var " + post + " i 2024?", AnswerType.PERSON);
        assertEquals(names, PostAsked.of(q, POSTS).orElseThrow().namedIn(text));
    }
}
