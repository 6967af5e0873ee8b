package jp.wardhub.organization;

/**
 * The records of one feature that name a section. A bureau update may not drop a section that something still names:
 * the database would refuse it without saying which section or why. Every feature whose records name a section
 * provides one.
 */
public interface SectionUse {

    /** What of this feature names the section, as "日本語 (English)", or null when nothing does. */
    String namedBy(String sectionCode);
}
