package dk.referatarkiv.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.internal.Slugs;
import dk.referatarkiv.people.Attendance;
import dk.referatarkiv.people.BodyDirectory;
import dk.referatarkiv.people.Membership;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/export/popolo}: the people, organisations, posts and memberships as Popolo JSON. Two kinds of
 * membership: posts from the role timeline (role, {@code post_id}, start and end dates, the source sentence), and
 * seats on bodies from the participant lists ({@code organization_id} the body, whose {@code parent_id} is its
 * municipality; {@code role}; {@code start_date} and {@code end_date} the first and last meeting; {@code on_behalf_of}
 * the party; one source per meeting).
 *
 * <p>The export is one Popolo document, not pages: its parts refer to each other (a membership to its organisation and
 * post), so a consumer needs all of it, and Popolo has no place for paging. It is streamed instead: the organisations
 * and posts are collected first (a few per body and post, not per item), then persons and memberships are written
 * one at a time with Jackson's streaming generator, so memory holds one membership of the response, not all of them.
 * {@code page} and {@code size} are refused, so that a client that pages does not read the same document forever.
 */
final class PopoloExport {

    static final String NOT_PAGED = "Popolo-eksporten er ét dokument og har ingen sider: udelad 'page' og 'size'.";
    /**
     * The API's mapper without a flush after each value: the generator then writes its buffer when full, so the
     * response goes out in large writes, and the first is large enough for Javalin to compress the response.
     */
    private static final ObjectMapper JSON = WebApp.objectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final People people;

    PopoloExport(People people) {
        this.people = people;
    }

    void export(Context ctx) throws IOException {
        for (String parameter : List.of("page", "size")) {
            if (ctx.queryParam(parameter) != null) {
                throw ErrorHandlers.badRequest("invalid_parameter", NOT_PAGED);
            }
        }
        // Organisations and posts come before the memberships that name them: collect them in a first pass.
        Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
        Map<String, Map<String, Object>> posts = new LinkedHashMap<>();
        for (RoleAssertion a : people.timeline().all()) {
            post(a, organizations, posts);
        }
        for (Membership m : people.memberships().all()) {
            organisations(m, organizations);
        }
        ctx.contentType(ContentType.APPLICATION_JSON);
        try (JsonGenerator json = JSON.createGenerator(ctx.outputStream())) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("persons");
            for (PersonResolver.Person p : people.persons().persons()) {
                json.writeObject(person(p));
            }
            json.writeEndArray();
            json.writeFieldName("organizations");
            json.writeObject(organizations.values());
            json.writeFieldName("posts");
            json.writeObject(posts.values());
            json.writeArrayFieldStart("memberships");
            for (RoleAssertion a : people.timeline().all()) {
                if (a.personId() != null) {
                    json.writeObject(membership(a, post(a, organizations, posts)));
                }
            }
            for (Membership m : people.memberships().all()) {
                json.writeObject(seat(m, organizations));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static Map<String, Object> person(PersonResolver.Person p) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", p.id());
        person.put("name", p.name());
        person.put("other_names", p.aliases().stream().map(a -> Map.of("name", a)).toList());
        return person;
    }

    /** The post of a role assertion, adding it and its organisation to {@code organizations} and {@code posts}. */
    private static Map<String, Object> post(RoleAssertion a, Map<String, Map<String, Object>> organizations,
                                            Map<String, Map<String, Object>> posts) {
        String orgId = a.organisation().isEmpty() ? "kommunen" : Slugs.slug(a.organisation());
        organizations.computeIfAbsent(orgId, k -> new LinkedHashMap<>(Map.of("id", orgId,
                "name", a.organisation().isEmpty() ? "Kommunen" : a.organisation())));
        String postId = Slugs.slug(a.role()) + "-" + orgId;
        return posts.computeIfAbsent(postId, k -> new LinkedHashMap<>(Map.of("id", postId, "label", a.role(),
                "role", a.role(), "organization_id", orgId)));
    }

    /** A term in a post, from the role timeline. */
    private static Map<String, Object> membership(RoleAssertion a, Map<String, Object> post) {
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("person_id", a.personId());
        membership.put("organization_id", post.get("organization_id"));
        membership.put("post_id", post.get("id"));
        membership.put("role", a.role());
        if (a.validFrom() != null) {
            membership.put("start_date", a.validFrom().toString());
        }
        if (a.validTo() != null) {
            membership.put("end_date", a.validTo().toString());
        }
        membership.put("sources", List.of(Map.of("note", a.evidence().text(),
                "url", "/moede/" + a.evidence().meetingId() + "/punkt/" + a.evidence().item())));
        return membership;
    }

    /** A seat on a body; its body, municipality and party are in {@code organizations} (see {@link #organisations}). */
    private static Map<String, Object> seat(Membership m, Map<String, Map<String, Object>> organizations) {
        String bodyId = body(m, organizations);
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("id", m.personId() + "-" + bodyId + "-" + Slugs.slug(m.role()) + "-" + m.from());
        membership.put("person_id", m.personId());
        membership.put("organization_id", bodyId);
        membership.put("role", m.role());
        membership.put("start_date", m.from().toString());
        membership.put("end_date", m.to().toString());
        Map<String, Object> party = party(m, organizations);
        if (party != null) {
            membership.put("on_behalf_of_id", party.get("id"));
            membership.put("on_behalf_of", party);
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Attendance a : m.attendances()) {
            sources.add(Map.of("note", note(a), "url", "/moede/" + a.meetingId()));
        }
        membership.put("sources", sources);
        return membership;
    }

    /** Adds the body of a seat, its municipality and the party to {@code organizations}, in that order. */
    private static void organisations(Membership m, Map<String, Map<String, Object>> organizations) {
        body(m, organizations);
        party(m, organizations);
    }

    /** The id of the seat's body, adding the body and its municipality (the body's parent) to {@code organizations}. */
    private static String body(Membership m, Map<String, Map<String, Object>> organizations) {
        String bodyId = BodyDirectory.id(m.municipality(), m.body());
        Map<String, Object> body = organizations.computeIfAbsent(bodyId, k -> new LinkedHashMap<>(Map.of("id", bodyId,
                "name", m.body())));
        if (!m.municipality().isEmpty()) {
            String municipalityId = Slugs.slug(m.municipality() + " kommune");
            organizations.computeIfAbsent(municipalityId, k -> new LinkedHashMap<>(Map.of("id", municipalityId,
                    "name", m.municipality() + " Kommune", "classification", "municipality")));
            body.putIfAbsent("parent_id", municipalityId);
        }
        return bodyId;
    }

    /** The party the seat was for, added to {@code organizations}; null when it was for none. */
    private static Map<String, Object> party(Membership m, Map<String, Map<String, Object>> organizations) {
        if (!m.forParty()) {
            return null;
        }
        String partyId = "parti-" + Slugs.slug(m.party());
        return organizations.computeIfAbsent(partyId, k -> new LinkedHashMap<>(Map.of("id", partyId,
                "name", m.partyName().isEmpty() ? "Liste " + m.party() : m.partyName(), "classification", "party")));
    }

    /** "Mødeoplysninger 2024-01-10: Lise Kjær (C) – fraværende (Afbud)": the header entry and how the person sat. */
    private static String note(Attendance a) {
        String note = "Mødeoplysninger " + a.date() + ": " + a.evidence().text();
        if (a.presence() == Participant.Presence.PRESENT) {
            return note;
        }
        String label = a.presence().label();
        return note + " – " + label + (a.note().isEmpty() || a.note().equalsIgnoreCase(label) ? "" : " (" + a.note() + ")");
    }
}
