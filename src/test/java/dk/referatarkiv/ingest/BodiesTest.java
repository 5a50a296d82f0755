package dk.referatarkiv.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body's name in the Danish forms minutes write it, canonical. */
class BodiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Teknisk Udvalg, Sønderby Kommune|Teknisk Udvalg",
            "Referat af Teknisk Udvalgs møde|Teknisk Udvalg",
            "Orientering fra Nordisk Råd og Byrådet|Byrådet",
            "Referat fra Kultur- og Fritidsudvalget|Kultur- og Fritidsudvalget",
            "Socialudvalg 2022-2025|Socialudvalget",
            "Udvalget for Klima og Miljø|Udvalget for Klima og Miljø",
            "Referat, Byråd|Byrådet",
            // a body named by the head of the compound alone
            "Referat – Sønderby Kommune – Chefgruppen|Chefgruppen",
            "Direktionen, Sønderby Kommune|Direktionen",
            "Referat fra Lindholt Magistrat|Magistraten",
            // still no body: the bare generic heads
            "Rådet og udvalget drøftede sagen|''"})
    void theFirstBodyNamedCanonical(String text, String body) {
        assertEquals(body, Bodies.find(text).orElse(""));
    }

    @ParameterizedTest
    @CsvSource({"økonomiudvalget, true", "Chefforum, true", "byrådets, true", "kommunalbestyrelsen, true",
            "direktionen, true", "styregruppen, true", "udvalgene, false", "budgettet, false", "rådhuset, false"})
    void aBodysOneWordNameInAnyCase(String word, boolean body) {
        assertEquals(body, Bodies.isOneWordName(word));
    }
}
