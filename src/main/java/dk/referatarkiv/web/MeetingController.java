package dk.referatarkiv.web;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import io.javalin.http.Context;

import java.util.List;

/** {@code /api/meetings}: a page of the meetings (newest first), one meeting, one item. */
final class MeetingController {

    private final Corpus corpus;
    private final CorpusEntities entities;

    MeetingController(Corpus corpus, CorpusEntities entities) {
        this.corpus = corpus;
        this.entities = entities;
    }

    void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<Meeting> meetings = corpus.meetings();
        ctx.json(new MeetingViews.MeetingPage(meetings.size(), paging.page(), paging.size(),
                paging.of(meetings).stream().map(MeetingViews.MeetingSummary::of).toList()));
    }

    void get(Context ctx) {
        Meeting meeting = meeting(ctx);
        ctx.json(MeetingViews.MeetingDetail.of(meeting, entities.item(meeting.id(), 0).orElse(null)));
    }

    void item(Context ctx) {
        Meeting meeting = meeting(ctx);
        int number = ctx.pathParamAsClass("n", Integer.class).get();
        AgendaItem item = meeting.item(number).orElseThrow(() -> ErrorHandlers.notFound("unknown_item",
                "Mødet " + meeting.id() + " har intet punkt " + number + "."));
        ctx.json(MeetingViews.ItemDetail.of(meeting, item, entities.item(meeting.id(), number).orElse(null)));
    }

    private Meeting meeting(Context ctx) {
        String id = ctx.pathParam("id");
        return corpus.meeting(id).orElseThrow(() -> ErrorHandlers.notFound("unknown_meeting",
                "Der findes intet møde med id '" + id + "'."));
    }
}
