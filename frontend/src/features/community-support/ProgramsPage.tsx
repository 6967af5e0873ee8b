import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { canCreateProgram } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { useWardNames } from "../../lib/useWardNames";
import { usePrograms } from "./api";
import { BudgetMeter } from "./BudgetMeter";
import { useUrlFilters } from "../../lib/urlFilters";
import { PAGE_SIZE, parseProgramFilters } from "./communityFilters";
import { CommunityNav } from "./CommunityNav";
import { formatRate, formatYen } from "./money";
import { WardSelect } from "../../components/WardSelect";

/** 支援制度: the programmes of a ward (with the city-wide ones open to its groups) and of a fiscal year. */
export function ProgramsPage() {
  const { t } = useTranslation();
  usePageTitle(t("supportProgram.title"));
  const session = useSession();
  const wardName = useWardNames();
  const formats = useProposalFormats();
  const { filters, update } = useUrlFilters(parseProgramFilters);
  const programs = usePrograms({
    ward: filters.ward || undefined,
    fiscalYear: filters.fiscalYear,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), filters.fiscalYear);

  return (
    <>
      <h1 className="page-title">{t("supportProgram.title")}</h1>
      <CommunityNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("supportProgram.intro")}</p>
      {canCreateProgram(session?.user) && (
        <p className="mb-6">
          <Link to="/community/programs/new" className="btn-primary">
            {t("supportProgram.newLink")}
          </Link>
        </p>
      )}
      <form
        role="search"
        aria-labelledby="program-filters"
        onSubmit={(event) => event.preventDefault()}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <h2 id="program-filters" className="section-title mt-0">
          {t("supportProgram.filters")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <WardSelect
            id="program-ward"
            name="ward"
            label={t("supportProgram.ward")}
            hint={t("supportProgram.wardHint")}
            value={filters.ward}
            emptyLabel={t("supportProgram.allWards")}
            onChange={(event) => update({ ward: event.currentTarget.value })}
          />
          <div className="field">
            <label htmlFor="program-fiscal-year" className="field-label">
              {t("supportProgram.fiscalYear")}
            </label>
            <select
              id="program-fiscal-year"
              value={filters.fiscalYear ?? ""}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update({ fiscalYear: value ? Number(value) : undefined });
              }}
              className="field-input"
            >
              <option value="">{t("supportProgram.allFiscalYears")}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {formats.fiscalYear(year)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      <section aria-labelledby="program-results" className="mt-6">
        <h2 id="program-results" className="section-title">
          {t("supportProgram.results")}
        </h2>
        <PagedResults
          query={programs}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("supportProgram.empty")}
          total={(count) => t("supportProgram.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("supportProgram.results")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("supportProgram.name")}</th>
                    <th scope="col">{t("supportProgram.owner")}</th>
                    <th scope="col">{t("supportProgram.fiscalYear")}</th>
                    <th scope="col">{t("supportProgram.limits")}</th>
                    <th scope="col">{t("supportProgram.budget")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((program) => (
                    <tr key={program.id}>
                      <th scope="row">
                        <Link to={`/community/programs/${program.id}`} className="link">
                          {program.name}
                        </Link>
                        <span className="block text-std-16N-170">
                          {program.acceptingApplications
                            ? t("supportProgram.accepting")
                            : t("supportProgram.notAccepting")}
                        </span>
                      </th>
                      <td>{program.cityWide ? t("supportProgram.cityWide") : wardName(program.wardCode)}</td>
                      <td>{formats.fiscalYear(program.fiscalYear)}</td>
                      <td>
                        {t("supportProgram.limitsValue", {
                          rate: formatRate(program.subsidyRate),
                          maximum: formatYen(program.maximumPerApplicationYen),
                        })}
                      </td>
                      <td>
                        <BudgetMeter
                          name={program.name}
                          budgetYen={program.totalBudgetYen}
                          grantedYen={program.budgetGrantedYen}
                          remainingYen={program.budgetRemainingYen}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>
    </>
  );
}
