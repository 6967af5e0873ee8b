import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import type { Schema } from "../../api/schemas";

function WardTable({ wards }: { wards: Schema<"Ward">[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("ward.tableLabel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ward.name")}</th>
            <th scope="col">{t("ward.kana")}</th>
            <th scope="col">{t("ward.nameEn")}</th>
            <th scope="col">{t("ward.code")}</th>
            <th scope="col">{t("ward.offices")}</th>
          </tr>
        </thead>
        <tbody>
          {wards.map((ward) => (
            <tr key={ward.code}>
              <th scope="row">
                <Link to={`/wards/${ward.code}`} className="link">
                  {ward.nameJa}
                </Link>
              </th>
              <td lang="ja">{ward.nameKana}</td>
              <td lang="en">{ward.nameEn}</td>
              <td>{ward.code}</td>
              <td>
                <Link to={`/offices?ward=${ward.code}`} className="link">
                  {t("ward.officesOf", { name: localName(ward) })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WardsPage() {
  const { t } = useTranslation();
  usePageTitle(t("ward.listTitle"));
  const wards = useWards();
  return (
    <>
      <h1 className="page-title">{t("ward.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("ward.listIntro")}</p>
      {wards.isPending && <LoadingStatus />}
      {wards.isError && <ErrorMessage error={wards.error} onRetry={() => void wards.refetch()} />}
      {wards.isSuccess && <WardTable wards={wards.data} />}
    </>
  );
}
