package dk.referatarkiv.entities;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorTest {

    private static final LocalDate MEETING = LocalDate.of(2024, 1, 17);
    private final DateExtractor extractor = new DateExtractor();

    @Test
    void days() {
        assertDay("d. 14. februar 2024", "2024-02-14", false);
        assertDay("14-02-2024", "2024-02-14", false);
        assertDay("Onsdag d. 14. februar 2024 kl. 09:00", "2024-02-14", false);
        assertDay("1. juni", "2024-06-01", true);
        assertDay("den 17. maj", "2024-05-17", true);
        assertDay("d. 8.november 2016", "2016-11-08", false);
        assertDay("14.02.2024", "2024-02-14", false);
        assertDay("d. 3/7/2023", "2023-07-03", false);
        assertDay("Mødedato: 05.09.2023 kl. 16.00", "2023-09-05", false);
        // a month abbreviated with its full stop; the day and month with a slash, the year after a hyphen or a space;
        // ISO's year first
        assertDay("d. 17. jan. 2024", "2024-01-17", false);
        assertDay("den 3. sept. 2023", "2023-09-03", false);
        assertDay("d. 17/1-2024", "2024-01-17", false);
        assertDay("mødet 5/11 2024 kl. 9", "2024-11-05", false);
        assertDay("2024-01-17", "2024-01-17", false);
    }

    @Test
    void anAbbreviatedMonthNeedsItsFullStop() {
        assertRange("i nov. 2024", "2024-11-01", "2024-11-30", DateRange.Precision.MONTH);
        assertRange("okt. 2023", "2023-10-01", "2023-10-31", DateRange.Precision.MONTH);
        // "jul" without a full stop is Christmas, "dec" no month
        assertTrue(extractor.extract("Vi holder fri i jul og ses 4 dec 2024", "x", MEETING).stream()
                .noneMatch(e -> e.text().contains("jul") || e.text().contains("dec")));
    }

    @Test
    void aDayWithoutYearNearAYearBoundaryTakesTheNearestYear() {
        Entity next = only("d. 5. januar", LocalDate.of(2024, 12, 20));
        assertEquals(LocalDate.of(2025, 1, 5), range(next).start());
        Entity previous = only("den 20. december", LocalDate.of(2025, 1, 8));
        assertEquals(LocalDate.of(2024, 12, 20), range(previous).start());
        Entity week = only("uge 1", LocalDate.of(2024, 12, 30));
        assertEquals(LocalDate.of(2024, 12, 30), range(week).start(), "ISO week 1 of 2025 starts on 30 December 2024");
    }

    @Test
    void rangesAndPeriods() {
        assertRange("4.-5. april 2024", "2024-04-04", "2024-04-05", DateRange.Precision.DAY);
        assertRange("den 17. og 18. januar 2024", "2024-01-17", "2024-01-18", DateRange.Precision.DAY);
        assertRange("3. til 5. marts 2024", "2024-03-03", "2024-03-05", DateRange.Precision.DAY);
        // two days apart, or backwards, are no range: the second day alone is read
        assertEquals(List.of("17. marts 2024"), extractor.extract("den 3. og 17. marts 2024", "x", MEETING).stream()
                .map(Entity::text).toList());
        assertEquals(List.of("3. marts 2024"), extractor.extract("5. - 3. marts 2024", "x", MEETING).stream()
                .map(Entity::text).toList());
        assertRange("fra 1. januar 2024 til 31. december 2026", "2024-01-01", "2026-12-31", DateRange.Precision.DAY);
        assertRange("i perioden fra mandag den 29. januar til fredag den 1. marts 2024", "2024-01-29", "2024-03-01",
                DateRange.Precision.DAY);
        assertRange("i perioden fra 04.03.2023 til 29.04.2023", "2023-03-04", "2023-04-29", DateRange.Precision.DAY);
        assertRange("01-03-2024 – 31-05-2024", "2024-03-01", "2024-05-31", DateRange.Precision.DAY);
        assertRange("uge 8", "2024-02-19", "2024-02-25", DateRange.Precision.WEEK);
        assertRange("ultimo uge 8", "2024-02-22", "2024-02-25", DateRange.Precision.WEEK);
        assertRange("primo maj", "2024-05-01", "2024-05-10", DateRange.Precision.MONTH);
        assertRange("medio maj", "2024-05-11", "2024-05-20", DateRange.Precision.MONTH);
        assertRange("ultimo maj", "2024-05-21", "2024-05-31", DateRange.Precision.MONTH);
        // the same parts of a month in words, and the seasons of a year
        assertRange("i starten af april 2023", "2023-04-01", "2023-04-10", DateRange.Precision.MONTH);
        assertRange("midt i maj", "2024-05-11", "2024-05-20", DateRange.Precision.MONTH);
        assertRange("sidst i marts 2023", "2023-03-21", "2023-03-31", DateRange.Precision.MONTH);
        assertRange("i begyndelsen af juni", "2024-06-01", "2024-06-10", DateRange.Precision.MONTH);
        assertRange("i midten af juni", "2024-06-11", "2024-06-20", DateRange.Precision.MONTH);
        assertRange("i udgangen af juni", "2024-06-21", "2024-06-30", DateRange.Precision.MONTH);
        assertRange("i slutningen af juni", "2024-06-21", "2024-06-30", DateRange.Precision.MONTH);
        assertRange("i foråret 2024", "2024-03-01", "2024-05-31", DateRange.Precision.MONTH);
        assertRange("sommeren 2022", "2022-06-01", "2022-08-31", DateRange.Precision.MONTH);
        assertRange("i efteråret 2023", "2023-09-01", "2023-11-30", DateRange.Precision.MONTH);
        // "først i september" is "not until September", not its first days; "lukket i jul." is Christmas
        assertEquals(List.of("i september"), extractor.extract("først i september", "x", MEETING).stream()
                .map(Entity::text).toList());
        assertTrue(extractor.extract("Kontoret holder lukket i jul.", "x", MEETING).isEmpty());
        assertRange("Q2", "2024-04-01", "2024-06-30", DateRange.Precision.QUARTER);
        assertRange("i december", "2024-12-01", "2024-12-31", DateRange.Precision.MONTH);
        assertRange("2025-2028", "2025-01-01", "2028-12-31", DateRange.Precision.YEAR);
        assertRange("i 2025", "2025-01-01", "2025-12-31", DateRange.Precision.YEAR);
        Entity onwards = only("i 2026 og frem", MEETING);
        assertEquals(LocalDate.of(2026, 1, 1), range(onwards).start());
        assertEquals(null, range(onwards).end());
    }

    @Test
    void risingAmountSentence() {
        List<Entity> dates = extractor.extract("0,500 mio.kr. fra 2026 stigende til 1,5 mio.kr. i 2028", "x", MEETING);
        assertEquals(List.of("fra 2026", "i 2028"), dates.stream().map(Entity::text).toList());
    }

    @Test
    void notDates() {
        assertTrue(extractor.extract("Der er 127.000 kr. og 7,4 mio. kr. og punkt 7.6 og 00.30.00-P05-3-24", "x", MEETING).isEmpty());
        assertTrue(extractor.extract("d. 31. februar 2024", "x", MEETING).isEmpty());
        assertTrue(extractor.extract("lokalplan 12.18, 1.234.567 kr., version 1.2.2024.3, 14.02-2024", "x", MEETING)
                .isEmpty(), "figures with dots that are no date, and mixed separators");
        assertTrue(extractor.extract("31.13.2024 og 32.01.2024", "x", MEETING).isEmpty(), "no such month or day");
        assertTrue(extractor.extract("2024-13-01, 17/13-2024, sag 2019-004567 og 1/2-2024-3", "x", MEETING).isEmpty(),
                "no such month, a case number, a longer run of figures");
    }

    private void assertDay(String text, String iso, boolean inferred) {
        DateRange r = range(only(text, MEETING));
        assertTrue(r.isDay(), text);
        assertEquals(LocalDate.parse(iso), r.start(), text);
        assertEquals(inferred, r.yearInferred(), text);
    }

    private void assertRange(String text, String start, String end, DateRange.Precision precision) {
        Entity e = only(text, MEETING);
        assertEquals(text, e.text());
        assertEquals(new DateRange(LocalDate.parse(start), LocalDate.parse(end), precision, range(e).yearInferred()), range(e));
        assertFalse(DateExtractor.label(range(e)).isEmpty());
    }

    private Entity only(String text, LocalDate meeting) {
        List<Entity> found = extractor.extract(text, "x", meeting);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    private static DateRange range(Entity e) {
        return (DateRange) e.value();
    }
}
