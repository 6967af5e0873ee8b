import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type Floor, useFloor, useQueues } from "../../api/floor";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useRemembered } from "./useRemembered";

export const OFFICE_KEY = "wardhub.floor.office";

/** The offices with a counter floor in the member of staff's ward, and the one chosen (remembered). */
function useWardOffice(wardCode: string | undefined) {
  const offices = useQueues(wardCode ?? "", Boolean(wardCode));
  const [remembered, remember] = useRemembered(OFFICE_KEY);
  const list = offices.data ?? [];
  const chosen = list.find((office) => String(office.officeId) === remembered) ?? list[0];
  return { offices, list, officeId: chosen?.officeId, remember };
}

/**
 * The frame of a ward staff floor page (console, floor guide): its title, the ward's office (a choice, remembered on
 * this device, when there are several), and the page itself once that office's floor has loaded.
 */
export function WardFloor({
  title,
  wardCode,
  children,
}: {
  title: string;
  wardCode: string | undefined;
  children: (floor: Floor, officeId: number) => ReactNode;
}) {
  usePageTitle(title);
  const localName = useLocalName();
  const { offices, list, officeId, remember } = useWardOffice(wardCode);
  const floor = useFloor(officeId);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {offices.isError && <ErrorMessage error={offices.error} onRetry={() => void offices.refetch()} />}
      {list.length > 1 && (
        <div className="mb-6 max-w-sm">
          <OfficeSelect list={list} officeId={officeId} onChange={remember} />
        </div>
      )}
      {list.length === 1 && (
        <p className="mb-6 text-std-17B-170" data-testid="floor-office">
          {localName(list[0])}
        </p>
      )}
      {floor.isError && <ErrorMessage error={floor.error} onRetry={() => void floor.refetch()} />}
      {offices.isPending || (officeId !== undefined && floor.isPending) ? (
        <LoadingStatus />
      ) : floor.data && officeId !== undefined ? (
        children(floor.data, officeId)
      ) : null}
    </>
  );
}

function OfficeSelect({
  list,
  officeId,
  onChange,
}: {
  list: { officeId: number; nameJa: string; nameEn: string }[];
  officeId: number | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <div className="field">
      <label htmlFor="floor-office" className="field-label">
        {t("floor.common.office")}
      </label>
      <select
        id="floor-office"
        value={officeId ?? ""}
        onChange={(event) => onChange(event.target.value)}
        className="field-input"
      >
        {list.map((office) => (
          <option key={office.officeId} value={office.officeId}>
            {localName(office)}
          </option>
        ))}
      </select>
    </div>
  );
}
