package dk.referatarkiv.web;

import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.FacetValue;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SearchResult;
import dk.referatarkiv.search.SortOrder;
import io.javalin.http.Context;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /feed}: an Atom feed (RFC 4287) of a search, newest meeting first, so a person can follow a search, a
 * person ({@code person=}), a body ({@code organ=}), a journal number ({@code journal=}) or any other filter of
 * {@code /api/search}. Bad parameters get the API's JSON errors.
 */
final class FeedController {

    /** Entries per feed: a feed reader polls it, so the newest few are what matters. */
    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Meetings are dated, not timed: an entry's time is the start of its meeting day in Denmark. */
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final ArchiveSearcher searcher;

    FeedController(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    void atom(Context ctx) throws IOException {
        SearchRequest asked = SearchController.request(ctx);
        SearchRequest request = new SearchRequest(asked.text(), asked.from(), asked.to(), asked.section(),
                asked.filters(), 1, ENTRIES, SortOrder.DATE);
        SearchResult result = searcher.search(request);
        // An entry needs a date (Atom's <updated>); an undated meeting is never "new", so it is left out.
        List<SearchHit> dated = result.hits().stream().filter(h -> h.meetingDate() != null).toList();
        String site = ItemLinks.siteBase(ctx);
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        try {
            ctx.contentType("application/atom+xml; charset=utf-8")
                    .result(write(title(request, result), site, site + "/feed" + (query.isEmpty() ? "" : "?" + query),
                            site + "/" + (query.isEmpty() ? "" : "?" + query), dated));
        } catch (XMLStreamException e) {
            throw new IOException("could not write the feed", e);
        }
    }

    private static String write(String title, String site, String self, String page, List<SearchHit> hits)
            throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", "da");
        element(xml, "id", self);
        element(xml, "title", title);
        // With no entry there is nothing newer than the epoch; Atom requires the element all the same.
        element(xml, "updated", hits.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(hits.get(0).meetingDate()));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", page, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Referatarkiv");
        xml.writeEndElement();
        for (SearchHit hit : hits) {
            String url = site + ItemLinks.path(hit.meetingId(), hit.item());
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", hit.item() == 0 ? hit.title() : "Punkt " + hit.item() + ": " + hit.title());
            element(xml, "updated", timestamp(hit.meetingDate()));
            link(xml, "alternate", url, "text/html");
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "html");
            // the snippet is HTML the server escaped, with <mark>; the writer escapes it once more for XML
            xml.writeCharacters(summary(hit));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static String summary(SearchHit hit) {
        List<String> about = new ArrayList<>();
        about.add(LocalDate.parse(hit.meetingDate()).format(DateTimeFormatter.ofPattern("d. MMMM yyyy",
                java.util.Locale.forLanguageTag("da"))));
        if (hit.body() != null) {
            about.add(escape(hit.body()));
        }
        if (hit.journalNumber() != null) {
            about.add("Journalnr. " + escape(hit.journalNumber()));
        }
        String meta = "<p>" + String.join(" · ", about) + "</p>";
        return hit.snippet() == null || hit.snippet().isEmpty() ? meta : meta + "<p>" + hit.snippet() + "</p>";
    }

    /** What the feed follows, in words: the query and each filter, a person by name. */
    private static String title(SearchRequest request, SearchResult result) {
        List<String> parts = new ArrayList<>();
        if (!request.text().isEmpty()) {
            parts.add("»" + request.text() + "«");
        }
        var f = request.filters();
        if (f.person() != null) {
            parts.add(result.facets().getOrDefault("person", List.of()).stream()
                    .filter(v -> v.value().equals(f.person())).map(FacetValue::label).findFirst().orElse(f.person()));
        }
        for (String value : new String[]{f.body(), f.municipality(), f.party(), f.unit(), f.journal()}) {
            if (value != null) {
                parts.add(value);
            }
        }
        if (f.budgetYear() != null) {
            parts.add("budget " + f.budgetYear());
        }
        return "Referatarkiv: nye punkter" + (parts.isEmpty() ? "" : " om " + String.join(", ", parts));
    }

    private static String timestamp(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(DENMARK).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
