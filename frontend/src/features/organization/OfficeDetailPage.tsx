import { useTranslation } from "react-i18next";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { Link } from "react-router";
import { useOffice } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { OfficeCounterInfo } from "../../components/OfficeCounterInfo";
import { OfficeQueueLive } from "../../components/OfficeQueueLive";
import { officeTypeLabelKey } from "../../lib/officeTypes";
import { useWardNames } from "../../lib/useWardNames";

function OfficeNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t("office.notFoundTitle")}</h1>
      <p className="text-std-16N-170">{t("office.notFoundBody")}</p>
      <BackLink to="/offices">{t("common.backToOffices")}</BackLink>
    </>
  );
}

function Address({ office }: { office: Schema<"Office"> }) {
  const { t } = useTranslation();
  return (
    <>
      {office.postalCode && <span className="mr-2">{t("office.postalMark", { code: office.postalCode })}</span>}
      <span>{office.address}</span>
      {office.building && <span className="ml-2">{office.building}</span>}
    </>
  );
}

function Phone({ phone, extension }: { phone: string; extension?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <a href={`tel:${phone}`} className="link">
        {phone}
      </a>
      {extension && <span className="ml-2">{t("office.extension", { ext: extension })}</span>}
    </>
  );
}

function OfficeDetails({ office }: { office: Schema<"Office"> }) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const english = i18n.language === "en";
  const hasLocation = office.latitude != null && office.longitude != null;

  return (
    <>
      <h1 className="page-title">{localName(office)}</h1>
      <DetailList
        items={[
          { label: t("office.nameJa"), value: english ? <span lang="ja">{office.nameJa}</span> : office.nameJa },
          { label: t("office.kana"), value: <span lang="ja">{office.nameKana}</span> },
          { label: t("office.nameEn"), value: <span lang="en">{office.nameEn}</span> },
          { label: t("office.nameCommon"), value: office.nameCommon },
          { label: t("office.type"), value: t(officeTypeLabelKey(office.type)) },
          {
            label: t("office.ward"),
            value: (
              <Link to={`/wards/${office.wardCode}`} className="link">
                {wardName(office.wardCode)}
              </Link>
            ),
          },
          { label: t("office.address"), value: <Address office={office} /> },
          {
            label: t("office.phone"),
            value: office.phone && <Phone phone={office.phone} extension={office.extension} />,
          },
          {
            label: t("office.email"),
            value: office.email && (
              <a href={`mailto:${office.email}`} className="link">
                {office.email}
              </a>
            ),
          },
          {
            label: t("office.url"),
            value: office.url && (
              <a href={office.url} className="link break-all" rel="noopener noreferrer">
                {office.url}
              </a>
            ),
          },
          {
            label: t("office.accessibility"),
            value: office.accessibility && <span className="whitespace-pre-line">{office.accessibility}</span>,
          },
          {
            label: t("office.notes"),
            value: office.notes && <span className="whitespace-pre-line">{office.notes}</span>,
          },
          {
            label: t("office.location"),
            value: hasLocation && t("office.latLon", { lat: office.latitude, lon: office.longitude }),
          },
          { label: t("office.poiCode"), value: office.poiCode },
        ]}
      />
      <OfficeCounterInfo office={office} />
      {(office.type === "WARD_OFFICE" || office.type === "GENERAL_BRANCH_OFFICE") && (
        <OfficeQueueLive officeId={office.id} />
      )}
      <BackLink to="/offices">{t("common.backToOffices")}</BackLink>
    </>
  );
}

export function OfficeDetailPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { id: officeId, valid } = useIdParam();
  const office = useOffice(officeId, valid);
  const notFound = isNotFound(office, valid);
  usePageTitle(notFound ? t("office.notFoundTitle") : office.data ? localName(office.data) : t("office.details"));

  if (notFound) return <OfficeNotFound />;
  if (office.isSuccess) return <OfficeDetails office={office.data} />;
  return (
    <>
      <h1 className="page-title">{t("office.details")}</h1>
      {office.isError ? <ErrorMessage error={office.error} onRetry={() => void office.refetch()} /> : <LoadingStatus />}
    </>
  );
}
