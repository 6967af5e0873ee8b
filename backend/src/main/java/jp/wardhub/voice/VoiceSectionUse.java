package jp.wardhub.voice;

import jakarta.enterprise.context.ApplicationScoped;

import jp.wardhub.organization.SectionUse;

/** A voice may be assigned to a section. */
@ApplicationScoped
class VoiceSectionUse implements SectionUse {

    @Override
    public String namedBy(String sectionCode) {
        return Voice.count("assignedSectionCode", sectionCode) > 0 ? "市民の声 (voices)" : null;
    }
}
