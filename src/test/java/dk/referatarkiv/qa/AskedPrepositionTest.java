package dk.referatarkiv.qa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preposition a "hvem" question asks the object of: left at the end of its clause, or put before "hvem". */
class AskedPrepositionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem skal ansøgningen sendes til?|til",
            "Hvem skal cheferne melde deltagere til, når gruppen nedsættes?|til",
            "Hvem laver kommunen planen sammen med?|med",
            "Hvem blev analysen udarbejdet af?|af",
            "Til hvem sendes ansøgningen?|til",
            "Hos hvem kan man henvende sig?|hos",
            "Af hvem er planen lavet?|af",
            "Hvem kan man henvende sig til?|til",
            // "hvem" is the subject: the last word is the verb's particle
            "Hvem meldte fra?|",
            "Hvem var med?|",
            "Hvem meldte sig fra?|",
            "Hvem i Lindholt Ældreråd meldte fra?|",
            "Hvem har ikke meldt fra?|",
            // an infinitive or a bare noun after the verb is no subject: "hvem" is
            "Hvem skal tage med?|",
            "Hvem kan deltage fra?|",
            "Hvem tager kaffe med?|",
            // not the first words of the question
            "Og hvem skal ansøgningen sendes til?|til",
            "Ved du, hvem sagen blev sendt til?|til",
            // the preposition has its object in the question: no object is asked for
            "Hvem sender ansøgningen til regionen?|",
            "Hvem står for planen?|",
            "Hvem er formand for udvalget?|",
            "Hvad skal ansøgningen sendes til?|"})
    void isFoundWhereDanishLeavesIt(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), SpanExtractor.askedPreposition(BareQuestions.of(text, AnswerType.PERSON)));
    }
}
