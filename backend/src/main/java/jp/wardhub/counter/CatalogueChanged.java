package jp.wardhub.counter;

/** Fired by every write to the counter catalogue; the cached snapshot is dropped once the write commits. */
record CatalogueChanged(String what) {
}
