import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pageParam, useUrlFilters } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { useProcedureNames } from "../../lib/useProcedureNames";
import { useFaqs } from "./api";
import { FAQ_STATES, faqAudienceLabelKey, faqStateLabelKey, isFaqState } from "./faqDraft";
import { FaqText } from "./FaqText";

const PAGE_SIZE = 20;

/** The list shows one state at a time, drafts first: they are what editors have to do. */
function parseStaffFaqFilters(params: URLSearchParams): { state: Schema<"FaqState">; page: number } {
  const state = params.get("state");
  return { state: isFaqState(state) ? state : "DRAFT", page: pageParam(params) };
}

function StateTabs({ state, onChange }: { state: Schema<"FaqState">; onChange: (state: Schema<"FaqState">) => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t("faqEditor.stateFilter")} className="flex flex-wrap gap-2">
      {FAQ_STATES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          aria-pressed={candidate === state}
          onClick={() => onChange(candidate)}
          className="btn-toggle"
        >
          {t(faqStateLabelKey(candidate))}
        </button>
      ))}
    </div>
  );
}

/** Staff's Q&A: entries by workflow state, each leading to its page with the actions it allows. */
export function StaffFaqPage() {
  const { t } = useTranslation();
  usePageTitle(t("faqEditor.listTitle"));
  const procedureName = useProcedureNames();
  const { filters, update } = useUrlFilters(parseStaffFaqFilters);
  const { state, page } = filters;
  const faqs = useFaqs({ state, page: page - 1, size: PAGE_SIZE });

  return (
    <>
      <h1 className="page-title">{t("faqEditor.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("faqEditor.listIntro")}</p>
      <p className="mb-6">
        <Link to="/staff/faq/new" className="btn-primary">
          {t("faqEditor.newLink")}
        </Link>
      </p>
      <StateTabs state={state} onChange={(next) => update({ state: next })} />
      <section aria-labelledby="staff-faq-results" className="mt-6">
        <h2 id="staff-faq-results" className="section-title">
          {t("faqEditor.listHeading", { state: t(faqStateLabelKey(state)) })}
        </h2>
        <PagedResults
          query={faqs}
          page={page}
          onPage={(next) => update({ page: next })}
          empty={t("faqEditor.empty")}
          total={(count) => t("office.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">
                  {t("faqEditor.listHeading", { state: t(faqStateLabelKey(state)) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("faqEditor.question")}</th>
                    <th scope="col">{t("faqEditor.audience")}</th>
                    <th scope="col">{t("faq.procedure")}</th>
                    <th scope="col">{t("faqEditor.revision")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((faq) => {
                    const revision = faq.latest ?? faq.published;
                    return (
                      <tr key={faq.id}>
                        <th scope="row">
                          <Link to={`/staff/faq/${faq.id}`} className="link">
                            {revision ? <FaqText ja={revision.questionJa} en={revision.questionEn} /> : `#${faq.id}`}
                          </Link>
                        </th>
                        <td>{t(faqAudienceLabelKey(faq.audience))}</td>
                        <td>{faq.procedureCode && procedureName(faq.procedureCode)}</td>
                        <td>{revision && t("faqEditor.revisionNumber", { number: revision.revision })}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>
    </>
  );
}
