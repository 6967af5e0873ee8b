import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { OpenDataLinks, openDataUrl } from "../../components/OpenDataLinks";
import { PagedResults } from "../../components/PagedResults";
import { WardSelectInput } from "../../components/WardSelectInput";
import { todayInKumamoto, useDateFormats } from "../../lib/dates";
import { fiscalYearChoices, fiscalYearOf } from "../../lib/fiscalYear";
import { usePublicVoiceCategories } from "../../api/voices";
import { type PublicVoiceFilters, usePublicVoices } from "./api";
import { publicListSearch } from "../../lib/publicListFilters";
import { parsePublicVoiceFilters } from "./filters";

/** One published voice: what the resident raised (as staff anonymised it), the answer and the photos staff chose. */
function PublishedVoice({ voice }: { voice: Schema<"PublicVoice"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const headingId = `voice-${voice.reference}`;
  return (
    <article aria-labelledby={headingId} className="rounded-8 border border-solid-gray-200 p-4">
      <h3 id={headingId} className="text-std-18B-160 [overflow-wrap:anywhere]">
        {voice.reference}
        <span className="ml-2 status-badge">{t(`voiceType.${voice.type}`)}</span>
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-std-16N-170">
        <dt className="font-bold">{t("publicVoices.ward")}</dt>
        <dd>{voice.ward ? localName(voice.ward) : t("publicVoices.cityWide")}</dd>
        <dt className="font-bold">{t("publicVoices.categories")}</dt>
        <dd>{voice.categories.map((category) => localName(category)).join(t("publicVoices.separator"))}</dd>
        <dt className="font-bold">{t("publicVoices.receivedOn")}</dt>
        <dd>{formats.date(voice.receivedOn)}</dd>
        {voice.answeredOn && (
          <>
            <dt className="font-bold">{t("publicVoices.answeredOn")}</dt>
            <dd>{formats.date(voice.answeredOn)}</dd>
          </>
        )}
      </dl>
      <h4 className="mt-4 text-std-16B-170">{t("publicVoices.voice")}</h4>
      <p className="whitespace-pre-line text-std-16N-170 [overflow-wrap:anywhere]">{voice.publishedText}</p>
      {voice.answer && (
        <>
          <h4 className="mt-4 text-std-16B-170">{t("publicVoices.answer")}</h4>
          <p className="whitespace-pre-line text-std-16N-170 [overflow-wrap:anywhere]">{voice.answer}</p>
        </>
      )}
      {voice.photos.length > 0 && (
        <>
          <h4 className="mt-4 text-std-16B-170">{t("publicVoices.photos")}</h4>
          <ul className="mt-2 flex flex-wrap gap-4">
            {voice.photos.map((path, index) => (
              <li key={path}>
                <a href={openDataUrl(path)} target="_blank" rel="noopener" className="link inline-block">
                  <img
                    src={openDataUrl(path)}
                    alt={t("publicVoices.photoAlt", { number: index + 1 })}
                    loading="lazy"
                    className="h-32 w-auto max-w-full rounded-8 border border-solid-gray-420 object-contain"
                  />
                  <span className="sr-only">{t("publicVoices.opensInNewTab")}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** 区民の声の公表: the voices staff published with their answers, for anyone, by ward, category, 年度 and text. */
export function PublishedVoicesPage() {
  const { t } = useTranslation();
  usePageTitle(t("publicVoices.title"));
  const localName = useLocalName();
  const [params, setParams] = useSearchParams();
  const { filters, page } = parsePublicVoiceFilters(params);
  const [text, setText] = useState(filters.q);
  const voices = usePublicVoices(filters, page - 1);
  const categories = usePublicVoiceCategories();
  const years = fiscalYearChoices(fiscalYearOf(todayInKumamoto()), filters.year ? Number(filters.year) : undefined);
  const change = (next: Partial<PublicVoiceFilters>) => setParams(publicListSearch({ ...filters, ...next }));
  const search = (event: FormEvent) => {
    event.preventDefault();
    change({ q: text.trim() });
  };
  const given = publicListSearch(filters);

  return (
    <>
      <h1 className="page-title">{t("publicVoices.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("publicVoices.intro")}</p>
      <form
        role="search"
        aria-labelledby="public-voice-filters"
        onSubmit={search}
        className="rounded-8 bg-solid-gray-50 p-4"
      >
        <h2 id="public-voice-filters" className="section-title mt-0">
          {t("publicVoices.filters")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="field">
            <label htmlFor="public-voice-ward" className="field-label">
              {t("publicVoices.ward")}
            </label>
            <WardSelectInput
              id="public-voice-ward"
              value={filters.ward}
              keep={filters.ward}
              onChange={(event) => change({ ward: event.currentTarget.value })}
              className="field-input w-full"
              emptyLabel={t("publicVoices.allWards")}
            />
          </div>
          <div className="field">
            <label htmlFor="public-voice-category" className="field-label">
              {t("publicVoices.category")}
            </label>
            <select
              id="public-voice-category"
              value={filters.category}
              onChange={(event) => change({ category: event.currentTarget.value })}
              className="field-input w-full"
            >
              <option value="">{t("publicVoices.allCategories")}</option>
              {categories.data?.map((category) => (
                <option key={category.code} value={category.code}>
                  {localName(category)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="public-voice-year" className="field-label">
              {t("publicVoices.year")}
            </label>
            <select
              id="public-voice-year"
              value={filters.year}
              onChange={(event) => change({ year: event.currentTarget.value })}
              className="field-input w-full"
            >
              <option value="">{t("publicVoices.allYears")}</option>
              {years.map((year) => (
                <option key={year} value={String(year)}>
                  {t("publicVoices.fiscalYear", { year })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field mt-4">
          <label htmlFor="public-voice-q" className="field-label">
            {t("publicVoices.keyword")}
          </label>
          <p id="public-voice-q-hint" className="text-std-16N-170 text-solid-gray-700">
            {t("publicVoices.keywordHint")}
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="public-voice-q"
              type="search"
              value={text}
              maxLength={100}
              aria-describedby="public-voice-q-hint"
              onChange={(event) => setText(event.currentTarget.value)}
              className="field-input min-w-0 flex-1 basis-48"
            />
            <button type="submit" className="btn-primary">
              {t("publicVoices.search")}
            </button>
          </div>
        </div>
      </form>
      <section aria-labelledby="public-voice-results" className="mt-6">
        <h2 id="public-voice-results" className="section-title">
          {t("publicVoices.results")}
        </h2>
        <PagedResults
          query={voices}
          page={page}
          onPage={(next) => setParams(publicListSearch(filters, next))}
          empty={t("publicVoices.none")}
          total={(count) => t("publicVoices.total", { count })}
        >
          {(items) => (
            <ul className="grid gap-4">
              {items.map((voice) => (
                <li key={voice.reference}>
                  <PublishedVoice voice={voice} />
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
      <OpenDataLinks
        id="public-voice-open-data"
        csv={openDataUrl("/api/v1/public/voices.csv", given)}
        json={openDataUrl("/api/v1/public/voices.json", given)}
        feed={openDataUrl("/api/v1/public/feed.atom")}
      />
    </>
  );
}
