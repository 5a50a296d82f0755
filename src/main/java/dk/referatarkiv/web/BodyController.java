package dk.referatarkiv.web;

import dk.referatarkiv.people.BodyDirectory;
import io.javalin.http.Context;

import java.util.List;

/** {@code /api/bodies} (a page of the bodies by municipality and name) and {@code /api/bodies/{id}}. */
final class BodyController {

    private final BodyDirectory bodies;

    BodyController(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<BodyDirectory.Body> all = bodies.bodies();
        ctx.json(new BodyViews.BodyPage(all.size(), paging.page(), paging.size(),
                paging.of(all).stream().map(BodyViews.BodySummary::of).toList()));
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        BodyDirectory.Body body = bodies.body(id).orElseThrow(() -> ErrorHandlers.notFound("unknown_body",
                "Der findes intet organ med id '" + id + "'."));
        ctx.json(BodyViews.BodyDetail.of(body));
    }
}
