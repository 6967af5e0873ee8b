import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useOffices, useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useSession } from "../../lib/auth/session";
import { officeTypeLabelKey } from "../../lib/officeTypes";
import { useWardNames } from "../../lib/useWardNames";

/** The offices whose hours the user may set: ward staff see their ward's, administrators any ward's. */
export function StaffOfficesPage() {
  const { t } = useTranslation();
  usePageTitle(t("hoursEditor.listTitle"));
  const localName = useLocalName();
  const wardName = useWardNames();
  const session = useSession();
  const { data: wards } = useWards();
  const [params, setParams] = useSearchParams();
  const ownWard = session?.user.role === "WARD" ? session.user.ward?.code : undefined;
  const ward = ownWard ?? params.get("ward") ?? "";
  const offices = useOffices({ ward: ward || undefined, page: 0, size: 100 });

  return (
    <>
      <h1 className="page-title">{t("hoursEditor.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("hoursEditor.listIntro")}</p>
      {!ownWard && (
        <div className="field mb-6 max-w-md">
          <label htmlFor="staff-offices-ward" className="field-label">
            {t("office.ward")}
          </label>
          <select
            id="staff-offices-ward"
            value={ward}
            onChange={(event) => setParams(event.currentTarget.value ? { ward: event.currentTarget.value } : {})}
            className="field-input"
          >
            <option value="">{t("office.allWards")}</option>
            {wards?.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {localName(candidate)}
              </option>
            ))}
          </select>
        </div>
      )}
      {offices.isPending && <LoadingStatus />}
      {offices.isError && <ErrorMessage error={offices.error} onRetry={() => void offices.refetch()} />}
      {offices.isSuccess && (
        <div className="overflow-x-auto" aria-busy={offices.isPlaceholderData}>
          <table className="data-table">
            <caption className="sr-only">{t("hoursEditor.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("office.name")}</th>
                <th scope="col">{t("office.type")}</th>
                <th scope="col">{t("office.ward")}</th>
              </tr>
            </thead>
            <tbody>
              {offices.data.items.map((office) => (
                <tr key={office.id}>
                  <th scope="row">
                    <Link to={`/staff/offices/${office.id}/hours`} className="link">
                      {localName(office)}
                    </Link>
                  </th>
                  <td>{t(officeTypeLabelKey(office.type))}</td>
                  <td>{wardName(office.wardCode)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
