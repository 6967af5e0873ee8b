package jp.wardhub.platform;

/** A response body of one record whose version is its ETag. */
public interface Versioned {
    long version();
}
