package dk.referatarkiv.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each date form the parser reads is written again in its own form, moved by whole weeks; times stay. */
class DateShifterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mødedato Onsdag d. 20. november 2024 kl. 09:00 | 1   | Mødedato Onsdag d. 27. november 2024 kl. 09:00",
            "REFERAT Chefforum d. 20-11-2024                | 2   | REFERAT Chefforum d. 04-12-2024",
            "Dato: Onsdag, April 3, 2019 - 18:00            | 4   | Dato: Onsdag, May 1, 2019 - 18:00",
            "Mandag, 21 februar, 2022 - 17:00               | 1   | Mandag, 28 februar, 2022 - 17:00",
            "Mødedato: 8/29/2019 4:00:00 PM                 | 1   | Mødedato: 9/5/2019 4:00:00 PM",
            "Kalender 2023-01-10                            | -1  | Kalender 2023-01-03",
            "Dato: 11.08.2008                               | 52  | Dato: 10.08.2009",
            "den 28. JUN 2014 og 31/5 2018                  | 1   | den 5. JUL 2014 og 7/6 2018",
            "Referat: 21. maj 2019 kl. 16:00                | -3  | Referat: 30. april 2019 kl. 16:00",
            "Tirsdag d. 02. maj 2017 kl. 12:00              | 1   | Tirsdag d. 09. maj 2017 kl. 12:00",
            "d. 23. jun 2014                                | 2   | d. 7. jul 2014",
            "13-06-2018 13:00:00                            | 104 | 10-06-2020 13:00:00",
    })
    void movesEveryDateInItsOwnForm(String line, int weeks, String expected) {
        DateShifter.Shifted shifted = DateShifter.shift(line, weeks);
        assertEquals(expected, shifted.text());
        assertEquals(0, shifted.leftAsWritten());
    }

    @Test
    void linesAndTextWithoutDatesStayAsTheyAre() {
        String text = "Punkt 1: Budget 2025\n\nBeløbet er 2,5 mio. kr. i 2026\nd. 2. maj 2017\n";
        assertEquals("Punkt 1: Budget 2025\n\nBeløbet er 2,5 mio. kr. i 2026\nd. 9. maj 2017\n",
                DateShifter.shift(text, 1).text());
        assertEquals(1, DateShifter.shift(text, 1).moved());
    }
}
