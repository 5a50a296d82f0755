package dk.referatarkiv.web;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.index.ClosedTextReader;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.people.BodyDirectory;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code /api/meetings}: a page of the meetings (newest first), one meeting, one item. */
final class MeetingController {

    private final Corpus corpus;
    private final CorpusEntities entities;
    private final ClosedItemAccess closedAccess;
    private final ClosedTextReader closedTexts;
    private final BodyDirectory bodies;
    private final Set<String> withheldSources;

    /**
     * @param closedTexts     where closed items' text is read; may be null when {@code closedAccess} is off
     * @param bodies          the bodies, for the link from a meeting to its body's page
     * @param withheldSources the source files that hold a closed item ({@link Corpus#sourcesWithClosedItems()})
     */
    MeetingController(Corpus corpus, CorpusEntities entities, ClosedItemAccess closedAccess,
                      ClosedTextReader closedTexts, BodyDirectory bodies, Set<String> withheldSources) {
        this.corpus = corpus;
        this.entities = entities;
        this.closedAccess = closedAccess;
        this.closedTexts = closedTexts;
        this.bodies = bodies;
        this.withheldSources = withheldSources;
    }

    void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<Meeting> meetings = corpus.meetings();
        ctx.json(new MeetingViews.MeetingPage(meetings.size(), paging.page(), paging.size(),
                paging.of(meetings).stream()
                        .map(m -> MeetingViews.MeetingSummary.of(m, bodies.bodyOf(m.id()).orElse(null))).toList()));
    }

    void get(Context ctx) {
        Meeting meeting = meeting(ctx);
        ctx.json(MeetingViews.MeetingDetail.of(meeting, bodies.bodyOf(meeting.id()).orElse(null),
                entities.item(meeting.id(), 0).orElse(null), withheldSources.contains(meeting.sourceFile())));
    }

    void item(Context ctx) throws IOException {
        Meeting meeting = meeting(ctx);
        int number = ctx.pathParamAsClass("n", Integer.class).get();
        AgendaItem item = meeting.item(number).orElseThrow(() -> ErrorHandlers.notFound("unknown_item",
                "Mødet " + meeting.id() + " har intet punkt " + number + "."));
        MeetingViews.ItemDetail detail = MeetingViews.ItemDetail.of(meeting, item,
                entities.item(meeting.id(), number).orElse(null), withheldSources.contains(meeting.sourceFile()));
        if (closedAccess.enabled()) {
            // the answer depends on the token: no shared cache may keep it or give it to another client
            ctx.header("Vary", "Authorization");
            ctx.header("Cache-Control", "private, no-store");
        }
        // The token is checked on every item, open or closed, so a wrong token is told alike everywhere.
        if (closedAccess.allows(ctx) && item.closed()) {
            detail = detail.withClosedText(closedTexts.text(meeting.id(), number).orElse(null));
        }
        ctx.json(detail);
    }

    private Meeting meeting(Context ctx) {
        return meeting(corpus, ctx.pathParam("id"));
    }

    /** The meeting with the id, or a 404 that names it; shared by the endpoints under {@code /api/meetings/{id}}. */
    static Meeting meeting(Corpus corpus, String id) {
        return corpus.meeting(id).orElseThrow(() -> ErrorHandlers.notFound("unknown_meeting",
                "Der findes intet møde med id '" + id + "'."));
    }
}
