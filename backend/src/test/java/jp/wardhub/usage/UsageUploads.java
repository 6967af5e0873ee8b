package jp.wardhub.usage;

import static jp.wardhub.testing.Accounts.as;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Uploads channel usage files as raw bytes, with exactly the content type given (no charset added by the client). */
final class UsageUploads {

    static final String PATH = "/api/v1/counter-stats/channel-usage";
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private UsageUploads() {
    }

    static RequestSpecification raw(String who, String contentType) {
        return as(who).config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType);
    }

    static Response upload(String who, String csv) {
        return upload(who, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    static Response upload(String who, byte[] body, String contentType) {
        return raw(who, contentType).body(body).post(PATH);
    }
}
