import { useTranslation } from "react-i18next";
import { useQueues } from "../../api/floor";
import { useLocalName } from "../../app/useLocalName";
import { useRemembered } from "./useRemembered";

export const OFFICE_KEY = "wardhub.floor.office";

/** The offices with a counter floor in the member of staff's ward, and the one chosen (remembered). */
export function useWardOffice(wardCode: string | undefined) {
  const offices = useQueues(wardCode ?? "", Boolean(wardCode));
  const [remembered, remember] = useRemembered(OFFICE_KEY);
  const list = offices.data ?? [];
  const chosen = list.find((office) => String(office.officeId) === remembered) ?? list[0];
  return { offices, list, officeId: chosen?.officeId, remember };
}

export function OfficeSelect({
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
