package jp.wardhub.voice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error in GeoReport v2's own format: a list of {@code {code, description}}, the code being the HTTP status. */
class Open311Error extends RuntimeException {

    @Schema(name = "Open311Error", description = "GeoReport v2 のエラー (an error in GeoReport's format)")
    record Item(@Schema(examples = "404") int code, String description) {
    }

    private final int status;

    Open311Error(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    Item item() {
        return new Item(status, getMessage());
    }
}
