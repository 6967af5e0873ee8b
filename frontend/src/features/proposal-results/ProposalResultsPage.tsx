import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { OpenDataLinks, openDataUrl } from "../../components/OpenDataLinks";
import { PagedResults } from "../../components/PagedResults";
import { WardSelectInput } from "../../components/WardSelectInput";
import { todayInKumamoto } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf } from "../../lib/fiscalYear";
import { useProposalFormats } from "../../lib/useProposalFormats";
import { type ProposalResultFilters, useProposalResults } from "./api";
import { publicListSearch } from "../../lib/publicListFilters";
import { PROPOSAL_KINDS, isProposalKind, parseProposalResultFilters } from "./filters";
import { ProgressBar } from "./ProgressBar";
import { StatusBadge } from "../../components/StatusBadge";

function ProposalResultCard({ proposal }: { proposal: Schema<"PublicProposalSummary"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useProposalFormats();
  return (
    <article className="rounded-8 border border-solid-gray-200 p-4">
      <h3 className="text-std-18B-160 [overflow-wrap:anywhere]">
        <Link to={`/proposal-results/${proposal.id}`} className="link">
          {proposal.title}
        </Link>
      </h3>
      <p className="mt-1 text-std-16N-170">
        {[localName(proposal.ward), t(`proposalKind.${proposal.kind}`), formats.fiscalYear(proposal.fiscalYear)].join(
          t("proposalResults.metaSeparator"),
        )}
      </p>
      <p className="mt-1">
        <StatusBadge family="proposal" status={proposal.status}>
          {t(`proposalResults.status.${proposal.status}`)}
        </StatusBadge>
      </p>
      <h4 className="mt-3 text-std-16B-170">{t("proposalResults.decisions")}</h4>
      <ul className="text-std-16N-170">
        {proposal.decisions.map((decision) => (
          <li key={decision.bureau.code}>
            {t("proposalResults.decisionOf", {
              bureau: localName(decision.bureau),
              decision: t(`proposalDecision.${decision.decision}`),
            })}
          </li>
        ))}
      </ul>
      {proposal.decisions.length < proposal.bureausAddressed && (
        <p className="text-std-16N-170 text-solid-gray-700">
          {t("proposalResults.awaiting", { count: proposal.bureausAddressed - proposal.decisions.length })}
        </p>
      )}
      {proposal.progressPercent !== undefined && proposal.progressPercent !== null && (
        <ProgressBar
          percent={proposal.progressPercent}
          label={t("proposalResults.progressOf", { title: proposal.title })}
        />
      )}
    </article>
  );
}

/** 区提案の結果: the proposals a bureau has answered in public, by ward, kind, 年度 and text. */
export function ProposalResultsPage() {
  const { t } = useTranslation();
  usePageTitle(t("proposalResults.title"));
  const formats = useProposalFormats();
  const [params, setParams] = useSearchParams();
  const { filters, page } = parseProposalResultFilters(params);
  const [text, setText] = useState(filters.q);
  const results = useProposalResults(filters, page - 1);
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), filters.year ? Number(filters.year) : undefined);
  const change = (next: Partial<ProposalResultFilters>) => setParams(publicListSearch({ ...filters, ...next }));
  const search = (event: FormEvent) => {
    event.preventDefault();
    change({ q: text.trim() });
  };
  const given = publicListSearch(filters);

  return (
    <>
      <h1 className="page-title">{t("proposalResults.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("proposalResults.intro")}</p>
      <form
        role="search"
        aria-labelledby="proposal-result-filters"
        onSubmit={search}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <h2 id="proposal-result-filters" className="section-title mt-0">
          {t("proposalResults.filters")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="field">
            <label htmlFor="proposal-result-ward" className="field-label">
              {t("proposalResults.ward")}
            </label>
            <WardSelectInput
              id="proposal-result-ward"
              value={filters.ward}
              keep={filters.ward}
              onChange={(event) => change({ ward: event.currentTarget.value })}
              className="field-input w-full"
              emptyLabel={t("proposalResults.allWards")}
            />
          </div>
          <div className="field">
            <label htmlFor="proposal-result-kind" className="field-label">
              {t("proposalResults.kind")}
            </label>
            <select
              id="proposal-result-kind"
              value={filters.kind}
              onChange={(event) => {
                const kind = event.currentTarget.value;
                change({ kind: isProposalKind(kind) ? kind : "" });
              }}
              className="field-input w-full"
            >
              <option value="">{t("proposalResults.allKinds")}</option>
              {PROPOSAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`proposalKind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="proposal-result-year" className="field-label">
              {t("proposalResults.year")}
            </label>
            <select
              id="proposal-result-year"
              value={filters.year}
              onChange={(event) => change({ year: event.currentTarget.value })}
              className="field-input w-full"
            >
              <option value="">{t("proposalResults.allYears")}</option>
              {years.map((year) => (
                <option key={year} value={String(year)}>
                  {formats.fiscalYear(year)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field mt-4">
          <label htmlFor="proposal-result-q" className="field-label">
            {t("proposalResults.keyword")}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="proposal-result-q"
              type="search"
              value={text}
              maxLength={100}
              onChange={(event) => setText(event.currentTarget.value)}
              className="field-input min-w-0 flex-1 basis-48"
            />
            <button type="submit" className="btn-primary">
              {t("proposalResults.search")}
            </button>
          </div>
        </div>
      </form>
      <section aria-labelledby="proposal-result-list" className="mt-6">
        <h2 id="proposal-result-list" className="section-title">
          {t("proposalResults.results")}
        </h2>
        <PagedResults
          query={results}
          page={page}
          onPage={(next) => setParams(publicListSearch(filters, next))}
          empty={t("proposalResults.none")}
          total={(count) => t("proposalResults.total", { count })}
        >
          {(items) => (
            <ul className="grid gap-4">
              {items.map((proposal) => (
                <li key={proposal.id}>
                  <ProposalResultCard proposal={proposal} />
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
      <OpenDataLinks
        id="proposal-result-open-data"
        csv={openDataUrl("/api/v1/public/proposals.csv", given)}
        json={openDataUrl("/api/v1/public/proposals.json", given)}
        feed={openDataUrl("/api/v1/public/feed.atom")}
      />
    </>
  );
}
