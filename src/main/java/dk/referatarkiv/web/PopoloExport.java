package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.internal.Slugs;
import dk.referatarkiv.people.Attendance;
import dk.referatarkiv.people.Membership;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;
import io.javalin.http.Context;

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
 */
final class PopoloExport {

    private final People people;

    PopoloExport(People people) {
        this.people = people;
    }

    void export(Context ctx) {
        List<Map<String, Object>> persons = new ArrayList<>();
        for (PersonResolver.Person p : people.persons().persons()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", p.id());
            person.put("name", p.name());
            person.put("other_names", p.aliases().stream().map(a -> Map.of("name", a)).toList());
            persons.add(person);
        }
        Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
        Map<String, Map<String, Object>> posts = new LinkedHashMap<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (RoleAssertion a : people.timeline().all()) {
            String orgId = a.organisation().isEmpty() ? "kommunen" : Slugs.slug(a.organisation());
            organizations.computeIfAbsent(orgId, k -> new LinkedHashMap<>(Map.of("id", orgId,
                    "name", a.organisation().isEmpty() ? "Kommunen" : a.organisation())));
            String postId = Slugs.slug(a.role()) + "-" + orgId;
            posts.computeIfAbsent(postId, k -> new LinkedHashMap<>(Map.of("id", postId, "label", a.role(),
                    "role", a.role(), "organization_id", orgId)));
            if (a.personId() == null) {
                continue;
            }
            Map<String, Object> membership = new LinkedHashMap<>();
            membership.put("person_id", a.personId());
            membership.put("organization_id", orgId);
            membership.put("post_id", postId);
            membership.put("role", a.role());
            if (a.validFrom() != null) {
                membership.put("start_date", a.validFrom().toString());
            }
            if (a.validTo() != null) {
                membership.put("end_date", a.validTo().toString());
            }
            membership.put("sources", List.of(Map.of("note", a.evidence().text(),
                    "url", "/moede/" + a.evidence().meetingId() + "/punkt/" + a.evidence().item())));
            memberships.add(membership);
        }
        for (Membership m : people.memberships().all()) {
            memberships.add(seat(m, organizations));
        }
        Map<String, Object> popolo = new LinkedHashMap<>();
        popolo.put("persons", persons);
        popolo.put("organizations", new ArrayList<>(organizations.values()));
        popolo.put("posts", new ArrayList<>(posts.values()));
        popolo.put("memberships", memberships);
        ctx.json(popolo);
    }

    /** A seat on a body, adding the body, its municipality and the party to {@code organizations}. */
    private static Map<String, Object> seat(Membership m, Map<String, Map<String, Object>> organizations) {
        String bodyId = Slugs.slug(m.municipality().isEmpty() ? m.body() : m.municipality() + " " + m.body());
        Map<String, Object> body = organizations.computeIfAbsent(bodyId, k -> new LinkedHashMap<>(Map.of("id", bodyId,
                "name", m.body())));
        if (!m.municipality().isEmpty()) {
            String municipalityId = Slugs.slug(m.municipality() + " kommune");
            organizations.computeIfAbsent(municipalityId, k -> new LinkedHashMap<>(Map.of("id", municipalityId,
                    "name", m.municipality() + " Kommune", "classification", "municipality")));
            body.putIfAbsent("parent_id", municipalityId);
        }
        Map<String, Object> membership = new LinkedHashMap<>();
        membership.put("id", m.personId() + "-" + bodyId + "-" + Slugs.slug(m.role()) + "-" + m.from());
        membership.put("person_id", m.personId());
        membership.put("organization_id", bodyId);
        membership.put("role", m.role());
        membership.put("start_date", m.from().toString());
        membership.put("end_date", m.to().toString());
        if (m.forParty()) {
            String partyId = "parti-" + Slugs.slug(m.party());
            Map<String, Object> party = organizations.computeIfAbsent(partyId, k -> new LinkedHashMap<>(Map.of("id", partyId,
                    "name", m.partyName().isEmpty() ? "Liste " + m.party() : m.partyName(), "classification", "party")));
            membership.put("on_behalf_of_id", partyId);
            membership.put("on_behalf_of", party);
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Attendance a : m.attendances()) {
            sources.add(Map.of("note", note(a), "url", "/moede/" + a.meetingId()));
        }
        membership.put("sources", sources);
        return membership;
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
