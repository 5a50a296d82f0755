package dk.referatarkiv.qa;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The object of the preposition a "hvem" question asks for, in a sentence with the question's verb. */
class ObjectOfTest {

    private static Question askedWithVerb(String text, String verb) {
        return new Question(text, AnswerType.PERSON, List.of(), Set.of(verb), null, null, null, null, null,
                QuestionConstraints.NONE, null, null, null, false);
    }

    /** The sentence with only the verb's token prepared: {@code verbForm} stands for {@code verb}. */
    private static IndexedSentence sentence(String text, String verbForm, String verb) {
        int at = text.indexOf(verbForm);
        return new IndexedSentence("m", null, 1, "t", "sagsfremstilling", "Sagsfremstilling", 0, text, 0, text.length(),
                Set.of(verb), Set.of(), Set.of(), List.of(),
                List.of(new IndexedSentence.TokenLemmas(at, at + verbForm.length(), Set.of(verb))));
    }

    private static Optional<String> object(String question, String text) {
        return SpanExtractor.objectOf(askedWithVerb(question, "sende"), "til", sentence(text, "sendes", "sende"));
    }

    @Test
    void aPostWithItsUnitOrItsHoldersNameAnswersAndAMatterIsPassedOver() {
        assertEquals(Optional.of("afdelingschefen for Kultur og Fritid"), object("Hvem skal bemærkningerne sendes til?",
                "Bemærkningerne sendes til det videre arbejde til afdelingschefen for Kultur og Fritid."));
        assertEquals(Optional.of("borgmester Ane Krog"), object("Hvem skal ansøgningen sendes til?",
                "Ansøgningen sendes til borgmester Ane Krog."));
        assertEquals(Optional.of("Nordby Kommune"), object("Hvem skal ansøgningen sendes til?",
                "Ansøgningen sendes til Nordby Kommune inden fristen."));
    }

    @Test
    void theSearchStaysInTheVerbsClauseAndSkipsWhatTheQuestionNames() {
        // "… til sekretariatet, der videresender den til Ole Friis": Ole Friis is the relative clause's
        assertEquals(Optional.empty(), object("Hvem skal ansøgningen sendes til?",
                "Ansøgningen sendes til sekretariatet, der videresender den til Ole Friis."));
        assertEquals(Optional.of("Bo Lund"), object("Hvem sendes ansøgningen til ud over Ane Krog?",
                "Ansøgningen sendes til Ane Krog og til Bo Lund."));
        assertEquals(Optional.empty(), SpanExtractor.objectOf(askedWithVerb("Hvem skal ansøgningen sendes til?", "sende"),
                "til", sentence("Ansøgningen gik til Bo Lund.", "gik", "gå")), "without the question's verb");
    }
}
