package jp.wardhub.counter;

import jakarta.enterprise.context.ApplicationScoped;

import jp.wardhub.organization.SectionUse;

/** A procedure and its FAQs are owned by a section. */
@ApplicationScoped
class CounterSectionUse implements SectionUse {

    @Override
    public String namedBy(String sectionCode) {
        if (Procedure.count("ownerSectionCode", sectionCode) > 0) {
            return "手続き (procedures)";
        }
        return Faq.count("ownerSectionCode", sectionCode) > 0 ? "よくある質問 (FAQs)" : null;
    }
}
