package jp.wardhub.organization;

/** Fired when an office is created or changed, so that features caching office data can refresh it. */
public record OfficeChanged(long officeId) {
}
