package jp.wardhub.platform;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

import jp.wardhub.platform.idempotency.Idempotency;

/** The shapes of a single-record answer: every one carries its ETag. */
public final class Responses {

    private Responses() {
    }

    public static <T extends Versioned> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(body.version())).build();
    }

    /** 201 with Location and ETag; a replay of an idempotent create says so in {@code Idempotent-Replayed}. */
    public static <T extends Versioned> RestResponse<T> created(String collectionPath, Idempotency.Created<T> created) {
        var builder = RestResponse.ResponseBuilder.<T>created(URI.create(collectionPath + "/" + created.id()))
                .entity(created.body()).tag(ETags.of(created.body().version()));
        if (created.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }
}
