package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;
import dk.referatarkiv.people.Roles;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/persons} (a page of the persons by name), {@code /api/persons/{id}} (with the first page of each list
 * that grows with the archive) and its pages of roles, activities and mentions, and {@code /api/roles} (a post's
 * holders at a date, and a page of its history).
 */
final class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    void list(Context ctx) {
        String q = QueryParams.text(ctx, "q");
        if (q.length() > 200) {
            throw ErrorHandlers.badRequest("query_too_long", "Søgningen er for lang: højst 200 tegn.");
        }
        Paging paging = Paging.of(ctx);
        List<PersonResolver.Person> found = people.search(q);
        ctx.json(new PeopleViews.PersonPage(found.size(), paging.page(), paging.size(),
                paging.of(found).stream().map(p -> PeopleViews.PersonSummary.of(p, people)).toList()));
    }

    /** The person with the first page of each growing list. */
    void get(Context ctx) {
        ctx.json(PeopleViews.PersonDetail.of(person(ctx), people, Paging.FIRST));
    }

    /** {@code /api/persons/{id}/roles}: a page of the person's role assertions. */
    void roleList(Context ctx) {
        PersonResolver.Person person = person(ctx);
        ctx.json(PeopleViews.RolePage.of(people.timeline().ofPerson(person.id()), Paging.of(ctx)));
    }

    /** {@code /api/persons/{id}/activities}: a page of the person's activities. */
    void activityList(Context ctx) {
        PersonResolver.Person person = person(ctx);
        ctx.json(PeopleViews.ActivityPage.of(people.activities(person.id()), Paging.of(ctx)));
    }

    /** {@code /api/persons/{id}/mentions}: a page of the sentences that name the person, newest first. */
    void mentionList(Context ctx) {
        PersonResolver.Person person = person(ctx);
        ctx.json(PeopleViews.MentionPage.of(people.mentions(person.id()), Paging.of(ctx)));
    }

    private PersonResolver.Person person(Context ctx) {
        String id = ctx.pathParam("id");
        return people.persons().byId(id).orElseThrow(
                () -> ErrorHandlers.notFound("unknown_person", "Der findes ingen person med id '" + id + "'."));
    }

    /** Holders of a post at a date (default: today) and the post's whole history. */
    void roles(Context ctx) {
        String role = QueryParams.text(ctx, "role");
        if (role.isEmpty()) {
            throw ErrorHandlers.badRequest("missing_parameter", "Angiv en rolle, fx role=referenceleder.");
        }
        String organisation = QueryParams.text(ctx, "organisation");
        LocalDate at = QueryParams.date(ctx, "at");
        LocalDate when = at == null ? LocalDate.now() : at;
        Paging paging = Paging.of(ctx);
        List<RoleAssertion> history = organisation.isEmpty() ? people.timeline().historyOfRole(role)
                : people.timeline().history(role, organisation);
        List<RoleAssertion> holders = organisation.isEmpty()
                ? history.stream().filter(a -> a.personId() != null && a.status() != RoleAssertion.Status.VACANT && a.covers(when))
                        .map(a -> a.organisation()).distinct()
                        .flatMap(org -> people.timeline().holders(role, org, when).stream()).toList()
                : people.timeline().holders(role, organisation, when);
        ctx.json(new PeopleViews.RoleAnswer(Roles.normalise(role), organisation, when,
                holders.stream().map(PeopleViews.RoleView::of).toList(), history.size(), paging.page(), paging.size(),
                paging.of(history).stream().map(PeopleViews.RoleView::of).toList()));
    }
}
