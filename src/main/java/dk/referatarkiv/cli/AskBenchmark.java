package dk.referatarkiv.cli;

import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.qa.QuestionAnswerer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Latency of question answering over a question set: uncached (the answerer computing afresh, in process, after a
 * warm-up) and cached (GET /api/ask over HTTP, each question asked before).
 */
final class AskBenchmark {

    private AskBenchmark() {
    }

    static void run(int port, QuestionAnswerer answerer, Path questions, int requests, PrintStream out)
            throws IOException, InterruptedException {
        List<String> texts = QaEvaluator.read(questions).stream().map(QaEvaluator.Case::question).toList();
        for (int i = 0; i < 200; i++) {
            answerer.askUncached(texts.get(i % texts.size()));
        }
        double[] uncached = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            answerer.askUncached(texts.get(i % texts.size()));
            uncached[i] = (System.nanoTime() - t) / 1e6;
        }
        HttpClient client = HttpClient.newHttpClient();
        for (String q : texts) {
            get(client, port, q);
        }
        double[] cached = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            get(client, port, texts.get(i % texts.size()));
            cached[i] = (System.nanoTime() - t) / 1e6;
        }
        out.printf("ask, %d questions, %d requests each way: uncached (in process) median %.2f ms, p99 %.2f ms; "
                        + "cached (GET /api/ask over HTTP) median %.2f ms, p99 %.2f ms%n", texts.size(), requests,
                BenchCommand.percentile(uncached, 50), BenchCommand.percentile(uncached, 99),
                BenchCommand.percentile(cached, 50), BenchCommand.percentile(cached, 99));
    }

    private static void get(HttpClient client, int port, String question) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("/api/ask answered " + r.statusCode() + " for '" + question + "': " + r.body());
        }
    }
}
