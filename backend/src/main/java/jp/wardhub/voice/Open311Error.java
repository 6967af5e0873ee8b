package jp.wardhub.voice;

/** An error in GeoReport v2's own format: a list of {@code {code, description}}, the code being the HTTP status. */
class Open311Error extends RuntimeException {

    record Item(int code, String description) {
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
