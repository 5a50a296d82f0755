package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.internal.Slugs;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/export/popolo}: the people, organisations, posts and memberships as Popolo JSON
 * (persons, organizations, posts, memberships with start and end dates and their source sentence).
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
        Map<String, Object> popolo = new LinkedHashMap<>();
        popolo.put("persons", persons);
        popolo.put("organizations", new ArrayList<>(organizations.values()));
        popolo.put("posts", new ArrayList<>(posts.values()));
        popolo.put("memberships", memberships);
        ctx.json(popolo);
    }
}
