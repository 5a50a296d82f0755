package dk.referatarkiv.web;

import dk.referatarkiv.qa.QuestionAnswerer;
import io.javalin.http.Context;

import java.util.function.Supplier;

/** {@code GET /api/ask?q=}: a Danish question, answered with evidence, or NONE with the nearest items. */
final class AskController {

    /** The answerer, which may still be in the making when the first question comes (it then waits for it). */
    private final Supplier<QuestionAnswerer> answerer;

    AskController(Supplier<QuestionAnswerer> answerer) {
        this.answerer = answerer;
    }

    void ask(Context ctx) {
        String q = QueryParams.text(ctx, "q");
        if (q.isEmpty()) {
            throw ErrorHandlers.badRequest("empty_question", "Skriv et spørgsmål, fx »Hvem er formand for udvalget?«.");
        }
        if (q.length() > QuestionAnswerer.MAX_QUESTION_LENGTH) {
            throw ErrorHandlers.badRequest("question_too_long",
                    "Spørgsmålet er for langt: højst " + QuestionAnswerer.MAX_QUESTION_LENGTH + " tegn.");
        }
        ctx.json(answerer.get().ask(q));
    }
}
