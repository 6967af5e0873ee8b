package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.Seeded.office;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.SendsInvalidRequests;

/** What the HTTP layer refuses is a problem too, and a client's odd Accept header never costs it a 406 or a 500. */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void aTwentySevenKilobyteUrlIsA414Problem() {
        given().get("/api/v1/offices?q=" + "a".repeat(27_000)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414)).body("titleEn", equalTo("URI too long"));
    }

    @Test
    void bigHeadersAreA431Problem() {
        given().header("X-Padding", "a".repeat(30_000)).get("/api/v1/wards").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        given().header("X-Padding", "a".repeat(4_000)).get("/api/v1/wards").then().statusCode(200);
    }

    @Test
    void aClientAcceptingOnlyProblemJsonStillGetsJsonResources() {
        given().accept("application/problem+json").get("/api/v1/wards").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().accept("application/json, application/problem+json").get("/api/v1/offices/" + office("中央区役所")).then()
                .statusCode(200);
        given().accept("application/problem+json").get("/api/v1/offices/0").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @SendsInvalidRequests
    @Test
    void aMalformedAcceptHeaderIsIgnoredNotA500() {
        for (String accept : new String[] { ";;;,,,", ",", "application/", "/json", "text/html;q=abc,;", "ü/ü" }) {
            int status = given().header("Accept", accept).get("/api/v1/wards").then().extract().statusCode();
            assertTrue(status == 200 || status == 406, accept + " gave " + status);
        }
        given().header("Accept", ";;;,,,").get("/api/v1/wards").then().statusCode(200);
        as("admin").header("Accept", ";;;,,,").get("/api/v1/offices/" + office("中央区役所")).then().statusCode(200);
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsA413Problem() throws IOException {
        String head = "POST /api/v1/voices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Accounts.token("chuo")
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] chunk = ("\"" + "a".repeat(64 * 1024 - 2) + "\"").getBytes(StandardCharsets.US_ASCII);
        String response;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < 20; i++) { // 1.25 MB in 64 KB chunks
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException closedAfterTheAnswer) {
                // the server may close once it has answered; the answer is read below
            }
            response = readResponse(socket.getInputStream());
        }
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains(ProblemType.PAYLOAD_TOO_LARGE.type().toString()), response);
        assertTrue(response.endsWith("}"), response);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadWhole() throws IOException {
        byte[] json = ("{\"channel\":\"COUNTER\",\"type\":\"REQUEST\",\"categories\":[\"roads\"],\"text\":\"分割送信の確認"
                + " ".repeat(3_000) + "\",\"receivedOn\":\"" + BusinessTime.today() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(
                "POST /api/v1/voices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Accounts.token("chuo")
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String body = new String(json, StandardCharsets.ISO_8859_1);
        for (int at = 0; at < body.length(); at += 1_000) {
            String part = body.substring(at, Math.min(body.length(), at + 1_000));
            request.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
        }
        request.append("0\r\n\r\n");
        String response = rawBytes(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(response.startsWith("HTTP/1.1 201"), response);
    }

    private static String rawBytes(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return readResponse(socket.getInputStream());
        }
    }

    /** One response: headers, then Content-Length bytes of body, or until the server closes. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int headerEnd = -1;
        long length = -1;
        int b;
        while ((b = readOrEnd(in)) >= 0) {
            buf.write(b);
            if (headerEnd < 0) {
                String sofar = buf.toString(StandardCharsets.UTF_8);
                if (sofar.endsWith("\r\n\r\n")) {
                    headerEnd = buf.size();
                    for (String line : sofar.split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Long.parseLong(line.substring(15).trim());
                        }
                    }
                    if (length == 0) {
                        break;
                    }
                }
            } else if (length >= 0 && buf.size() - headerEnd >= length) {
                break;
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static int readOrEnd(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException reset) {
            return -1;
        }
    }
}
