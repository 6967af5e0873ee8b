package jp.wardhub.queue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** A client of an office's queue event stream, reading it as a browser's EventSource would. */
final class EventStream implements AutoCloseable {

    /** A safety net against a hang, never what a test waits for when things work. */
    static final long PATIENCE_SECONDS = 60;

    record Event(String id, String json) {
        JsonPath data() {
            return new JsonPath(json);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private EventStream(String baseUrl, long office, String lastEventId, boolean offersCompression) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(baseUrl + "/api/v1/offices/" + office + "/queue/events"))
                .header("Accept", "text/event-stream");
        if (offersCompression) {
            request.header("Accept-Encoding", "gzip, deflate, br"); // as every browser does
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // HTTP/1.1, as a browser's EventSource over plain HTTP (the JDK's h2c upgrade is unreliable: see RawHttp)
        response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) r.body()::iterator) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(id, data.toString()));
                    data.setLength(0);
                }
            }
        });
    }

    /** The stream of the application under test. */
    static EventStream open(long office, String lastEventId) {
        return open("http://localhost:" + RestAssured.port, office, lastEventId);
    }

    static EventStream open(String baseUrl, long office, String lastEventId) {
        return new EventStream(baseUrl, office, lastEventId, false);
    }

    /** The stream of the application under test, asked for as a browser does: offering compressed encodings. */
    static EventStream openAsBrowser(long office) {
        return new EventStream("http://localhost:" + RestAssured.port, office, null, true);
    }

    /** The response's Content-Encoding ("identity" when none), once the response has started. */
    String contentEncoding() {
        return response.join().headers().firstValue("Content-Encoding").orElse("identity");
    }

    Event next() throws InterruptedException {
        Event e = events.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no event within " + PATIENCE_SECONDS + " s");
        }
        return e;
    }

    /** The next event of this kind about this ticket, skipping others (other changes on the same floor). */
    Event nextOf(String kind, String label) throws InterruptedException {
        while (true) {
            Event e = next();
            if (kind.equals(e.data().getString("event.kind")) && label.equals(e.data().getString("event.label"))) {
                return e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
