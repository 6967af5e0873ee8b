package jp.wardhub.organization;

import jakarta.enterprise.context.ApplicationScoped;

/** Staff accounts belong to a section; a duty names the section to contact. */
@ApplicationScoped
class OrganizationSectionUse implements SectionUse {

    @Override
    public String namedBy(String sectionCode) {
        if (Staff.count("sectionCode", sectionCode) > 0) {
            return "職員 (staff)";
        }
        return Duty.count("contactSectionCode", sectionCode) > 0 ? "当番 (duties)" : null;
    }
}
