import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useOffices, useWard } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { OfficeTable } from "./OfficeTable";

/** How many of a ward's offices are listed on its page; the directory shows the rest. */
const WARD_OFFICES_SHOWN = 100;

function WardOffices({ ward }: { ward: Schema<"Ward"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const offices = useOffices({ ward: ward.code, page: 0, size: WARD_OFFICES_SHOWN });
  const name = localName(ward);
  return (
    <section aria-labelledby="ward-offices" className="mt-8">
      <h2 id="ward-offices" className="section-title">
        {t("ward.officesHeading", { name })}
      </h2>
      {offices.isPending && <LoadingStatus />}
      {offices.isError && <ErrorMessage error={offices.error} onRetry={() => void offices.refetch()} />}
      {offices.isSuccess && (
        <>
          {offices.data.items.length === 0 ? (
            <p role="status" className="notice">
              {t("office.empty")}
            </p>
          ) : (
            <OfficeTable offices={offices.data.items} caption={t("ward.officesHeading", { name })} />
          )}
          {offices.data.total > offices.data.items.length && (
            <p className="mt-4">
              <Link to={`/offices?ward=${ward.code}`} className="link">
                {t("ward.seeAllOffices", { name, total: offices.data.total })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function WardDetails({ ward }: { ward: Schema<"Ward"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <>
      <h1 className="page-title">{localName(ward)}</h1>
      <DetailList
        items={[
          { label: t("ward.name"), value: <span lang="ja">{ward.nameJa}</span> },
          { label: t("ward.kana"), value: <span lang="ja">{ward.nameKana}</span> },
          { label: t("ward.nameEn"), value: <span lang="en">{ward.nameEn}</span> },
          { label: t("ward.code"), value: ward.code },
          {
            label: t("ward.wardOffice"),
            value: ward.officeId != null && (
              <Link to={`/offices/${ward.officeId}`} className="link">
                {t("ward.wardOfficeLink")}
              </Link>
            ),
          },
        ]}
      />
      <WardOffices ward={ward} />
    </>
  );
}

export function WardDetailPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { code = "" } = useParams();
  const ward = useWard(code);
  const notFound = ward.error instanceof ApiError && ward.error.status === 404;
  usePageTitle(notFound ? t("ward.notFoundTitle") : ward.data ? localName(ward.data) : t("ward.listTitle"));

  if (ward.isSuccess) return <WardDetails ward={ward.data} />;
  return (
    <>
      <h1 className="page-title">{notFound ? t("ward.notFoundTitle") : t("ward.listTitle")}</h1>
      {notFound && <p className="text-std-16N-170">{t("ward.notFoundBody")}</p>}
      {ward.isError && !notFound && <ErrorMessage error={ward.error} onRetry={() => void ward.refetch()} />}
      {ward.isPending && <LoadingStatus />}
      <BackLink to="/wards">{t("ward.backToList")}</BackLink>
    </>
  );
}
