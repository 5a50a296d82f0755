package dk.referatarkiv.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Municipality and body facet values: what the parser gives stays as it is; settings and capitals are evened out. */
class FacetValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Albertslund|Albertslund",
            "  Albertslund  |Albertslund",
            "albertslund|Albertslund",
            "ALBERTSLUND|Albertslund",
            "Albertslund Kommune|Albertslund",
            "albertslund kommune|Albertslund",
            "nørre-søby|Nørre-Søby",
            "Nørre-Søby|Nørre-Søby",
            "Høje-Taastrup|Høje-Taastrup",
            "Sønderhimmerlands|Sønderhimmerlands",
            "''|''"})
    void municipality(String written, String value) {
        assertEquals(value, FacetValues.municipality(written));
    }

    @Test
    void onlyKnownValuesOfANamesLengthAreFacetValues() {
        assertTrue(FacetValues.isFacetValue("Økonomiudvalget"));
        assertTrue(FacetValues.isFacetValue("x".repeat(FacetValues.MAX_LENGTH)));
        assertFalse(FacetValues.isFacetValue(""));
        assertFalse(FacetValues.isFacetValue("x".repeat(FacetValues.MAX_LENGTH + 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Økonomiudvalget|Økonomiudvalget",
            "ØKONOMIUDVALGET|Økonomiudvalget",
            "Kultur- og   Idrætsudvalget|Kultur- og Idrætsudvalget",
            "Udvalget for Natur og Miljø|Udvalget for Natur og Miljø",
            "§ 17 stk. 4 udvalg - Stiborgergruppen|§ 17 stk. 4 udvalg - Stiborgergruppen",
            "chefforum|Chefforum",
            "''|''"})
    void body(String written, String value) {
        assertEquals(value, FacetValues.body(written));
    }
}
