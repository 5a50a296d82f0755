package dk.referatarkiv.qa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A meeting named by its month in one word is written out as the meeting of that month. */
class MonthMeetingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem deltog i junimødet?|Hvem deltog i mødet i juni?",
            "Hvad besluttede chefgruppen på januarmødet?|Hvad besluttede chefgruppen på mødet i januar?",
            "Hvor blev majmødet i 2023 holdt?|Hvor blev mødet i maj 2023 holdt?",
            "Hvor blev majmødet 2023 holdt?|Hvor blev mødet i maj 2023 holdt?",
            "Decembermøderne i 2024|Møderne i december 2024",
            "Hvem kom til septembersmødet?|Hvem kom til mødet i september?",
            "Hvad blev vedtaget på maj-mødet 2024?|Hvad blev vedtaget på mødet i maj 2024?",
            "Hvad besluttede Chefgruppen på Januarmødet?|Hvad besluttede Chefgruppen på mødet i januar?",
            // a genitive, written out, would not be Danish; a number that is no year is no year
            "Hvad stod der i novembermødets punkt 3?|Hvad stod der i novembermødets punkt 3?",
            // no meeting, or the meeting already written out: unchanged
            "Hvad skete der i maj 2023?|Hvad skete der i maj 2023?",
            "Hvor blev mødet i maj holdt?|Hvor blev mødet i maj holdt?",
            "Hvem talte om aprilsnar på mødet?|Hvem talte om aprilsnar på mødet?",
            "Hvem holdt junimødetalen?|Hvem holdt junimødetalen?",
            "Hvad kostede majmødet i 20 minutter?|Hvad kostede mødet i maj i 20 minutter?"})
    void aMonthsMeetingIsWrittenOut(String question, String written) {
        assertEquals(written, MonthMeetings.writtenOut(question));
    }
}
