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
            "Dato: Onsdag, May 8, 2024 - 18:00              | 4   | Dato: Onsdag, June 5, 2024 - 18:00",
            "Mandag, 13 februar, 2023 - 17:00               | 1   | Mandag, 20 februar, 2023 - 17:00",
            "Mødedato: 3/28/2023 2:00:00 PM                 | 1   | Mødedato: 4/4/2023 2:00:00 PM",
            "Kalender 2024-02-06                            | -1  | Kalender 2024-01-30",
            "Dato: 14.03.2011                               | 52  | Dato: 12.03.2012",
            "den 28. JUN 2014 og 30/4 2021                  | 1   | den 5. JUL 2014 og 7/5 2021",
            "Referat: 16. maj 2023 kl. 15:00                | -3  | Referat: 25. april 2023 kl. 15:00",
            "Tirsdag d. 02. maj 2017 kl. 12:00              | 1   | Tirsdag d. 09. maj 2017 kl. 12:00",
            "d. 19. sep 2016                                | 2   | d. 3. okt 2016",
            "22-03-2017 10:00:00                            | 104 | 20-03-2019 10:00:00",
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
