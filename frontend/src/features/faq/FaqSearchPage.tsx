import { type FormEvent, useState } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pageParam, textParam, useUrlFilters } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { CounterNav } from "../../components/CounterNav";
import { PagedResults } from "../../components/PagedResults";
import { ProcedureSelect } from "../../components/ProcedureSelect";
import { useFaqs } from "./api";
import { FaqText } from "./FaqText";
import { formText } from "../../lib/formText";

const FAQ_PAGE_SIZE = 20;

interface FaqFilters {
  q: string;
  procedure: string;
  /** 1-based. */
  page: number;
}

function parseFaqFilters(params: URLSearchParams): FaqFilters {
  return { q: textParam(params, "q"), procedure: textParam(params, "procedure"), page: pageParam(params) };
}

function FaqSearchForm({ filters, onApply }: { filters: FaqFilters; onApply: (f: Partial<FaqFilters>) => void }) {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState(filters.procedure);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({ q: formText(data, "q").trim(), procedure });
  }

  return (
    <form
      role="search"
      aria-labelledby="faq-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="faq-filters" className="section-title mt-0">
        {t("faq.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field">
          <Label className="field-label">{t("faq.keyword")}</Label>
          <Input className="field-input" />
          <Text slot="description" className="field-hint">
            {t("faq.keywordHint")}
          </Text>
        </TextField>
        <div className="field">
          <label htmlFor="faq-procedure" className="field-label">
            {t("faq.procedure")}
          </label>
          <ProcedureSelect
            id="faq-procedure"
            value={procedure}
            onChange={setProcedure}
            emptyLabel={t("faq.allProcedures")}
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("faq.search")}
        </button>
        <Link to="/counter/faq" className="link">
          {t("office.clear")}
        </Link>
      </div>
    </form>
  );
}

function FaqItem({ faq }: { faq: Schema<"Faq"> }) {
  const revision = faq.published;
  if (!revision) return null;
  return (
    <li className="border-b border-solid-gray-420 py-4">
      <h3 className="text-std-18B-160 text-solid-gray-900">
        <span aria-hidden="true" className="mr-2">
          Q.
        </span>
        <FaqText ja={revision.questionJa} en={revision.questionEn} />
      </h3>
      <div className="mt-2 flex text-std-16N-170">
        <span aria-hidden="true" className="mr-2 text-std-16B-170">
          A.
        </span>
        <FaqText ja={revision.answerJa} en={revision.answerEn} block />
      </div>
    </li>
  );
}

function FaqResults({ filters, onPage }: { filters: FaqFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const faqs = useFaqs({
    q: filters.q || undefined,
    procedure: filters.procedure || undefined,
    page: filters.page - 1,
    size: FAQ_PAGE_SIZE,
  });
  return (
    <PagedResults
      query={faqs}
      page={filters.page}
      onPage={onPage}
      empty={t("faq.empty")}
      total={(count) => t("office.total", { count })}
    >
      {(items) => (
        <ul>
          {items.map((faq) => (
            <FaqItem key={faq.id} faq={faq} />
          ))}
        </ul>
      )}
    </PagedResults>
  );
}

export function FaqSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t("faq.title"));
  const { filters, update } = useUrlFilters(parseFaqFilters);
  return (
    <>
      <CounterNav />
      <h1 className="page-title">{t("faq.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("faq.lead")}</p>
      <FaqSearchForm key={filters.procedure} filters={filters} onApply={update} />
      <section aria-labelledby="faq-results" className="mt-8">
        <h2 id="faq-results" className="section-title">
          {t("faq.results")}
        </h2>
        <FaqResults filters={filters} onPage={(page) => update({ page })} />
      </section>
    </>
  );
}
