import { Suspense, lazy, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useFinder, useProcedureCategories } from "../../api/counter";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { CounterNav } from "../../components/CounterNav";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { FinderForm } from "./FinderForm";
import { type FinderParams, finderSearch, useFinderParams } from "./useFinderParams";

// Most visits start with an empty question: the answer's parts load when one is asked, beside the answer's request.
const FinderAnswerView = lazy(() => import("./FinderAnswerView").then((m) => ({ default: m.FinderAnswerView })));

/** Before anything is searched: browse by category in the matrix. */
function Categories() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const categories = useProcedureCategories();
  return (
    <section aria-labelledby="counter-categories" className="mt-8">
      <h2 id="counter-categories" className="section-title">
        {t("finder.categories")}
      </h2>
      <p className="mb-4 text-std-16N-170">{t("finder.categoriesIntro")}</p>
      {categories.isPending && <LoadingStatus />}
      {categories.isError && <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />}
      {categories.isSuccess && (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {categories.data.map((category) => (
            <li key={category.code}>
              <Link to={`/counter/matrix?category=${encodeURIComponent(category.code)}`} className="link">
                {localName(category)}
              </Link>
              {category.procedureCount != null && (
                <span className="ml-2 text-std-16N-170 text-solid-gray-700">
                  {t("finder.procedureCount", { count: category.procedureCount })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CounterFinderPage() {
  const { t } = useTranslation();
  usePageTitle(t("finder.title"));
  const navigate = useNavigate();
  const { params, update } = useFinderParams();
  const asked = Boolean(params.procedure || params.q);
  const answer = useFinder(
    {
      procedure: params.procedure || undefined,
      q: params.procedure ? undefined : params.q || undefined,
      date: params.date || undefined,
      ward: params.ward || undefined,
    },
    asked,
  );
  const placesHeading = useRef<HTMLHeadingElement>(null);
  const localName = useLocalName();
  const procedureName = answer.data && params.procedure ? localName(answer.data.procedure) : undefined;

  function search(next: FinderParams) {
    void navigate(`/counter${finderSearch(next)}`);
  }

  function searchDate(date: string) {
    update({ date });
    placesHeading.current?.focus();
  }

  return (
    <>
      <CounterNav />
      <h1 className="page-title">{t("finder.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("finder.lead")}</p>
      <FinderForm params={params} procedureName={procedureName} onSearch={search} />
      {!asked && <Categories />}
      {asked && answer.isPending && (
        <div className="mt-8">
          <LoadingStatus />
        </div>
      )}
      {asked && answer.isError && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {asked && answer.isSuccess && (
        <Suspense fallback={<LoadingStatus />}>
          <FinderAnswerView
            answer={answer.data}
            params={params}
            onSearchDate={searchDate}
            headingRef={placesHeading}
            busy={answer.isPlaceholderData}
          />
        </Suspense>
      )}
    </>
  );
}
