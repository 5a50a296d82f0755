package dk.referatarkiv.index;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a hit shows reads back as written, an unknown date and a missing journal number included. */
class HitRecordTest {

    @Test
    void aRecordReadsBackAsWritten() throws IOException {
        for (HitRecord record : new HitRecord[] {
                new HitRecord("soeholm-byraad-2031-05-07", "2031-05-07", "Søholm Byråd", 12, "Æblehaven – køb af jord",
                        "01.02.03-P20-1-31"),
                new HitRecord("bakkeby-oekonomiudvalget", null, "Økonomiudvalget", 0, "", null),
                new HitRecord("", null, "", 300_000, "", "")}) {
            assertEquals(record, HitRecord.decode(record.encode()));
        }
    }
}
