package dk.referatarkiv.ingest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JournalNumberTest {

    @Test
    void parsesTheParts() {
        assertEquals(Optional.of(new JournalNumber("00.30.00-P05-3-24", "00.30.00", "P05", 3, 2024)),
                JournalNumber.parse("00.30.00-P05-3-24"));
        assertEquals(2016, JournalNumber.parse(" 00.30.02-P05-1-16 ").orElseThrow().year());
        assertEquals(39, JournalNumber.parse("88.00.00-G01-39-24").orElseThrow().sequence());
    }

    @Test
    void rejectsOtherText() {
        assertEquals(Optional.empty(), JournalNumber.parse("00.30.00"));
        assertEquals(Optional.empty(), JournalNumber.parse("Punkt 1: 00.30.00-P05-3-24"));
        assertEquals(Optional.empty(), JournalNumber.parse("00.30.00-P05-3-245"));
    }
}
