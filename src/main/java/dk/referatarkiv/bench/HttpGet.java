package dk.referatarkiv.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One HTTP client of a load run: GET requests that must answer 200 within a time limit. Not thread-safe: one
 * instance per simulated client, so each keeps its own connection.
 */
public final class HttpGet {

    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The body of a 200 answer; any other status is an {@link IOException} naming the address and the body. */
    public String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(REQUEST_LIMIT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            String body = r.body();
            throw new IOException(uri + " answered " + r.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
        return r.body();
    }
}
