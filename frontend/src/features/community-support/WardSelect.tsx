import type { ChangeEvent } from "react";
import { useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";

interface WardSelectProps {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The first choice, meaning "no ward": every ward for a filter, the whole city for a programme. */
  emptyLabel: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  hint?: string;
}

/** A labelled choice of the city's wards. */
export function WardSelect({ id, name, label, value, emptyLabel, onChange, hint }: WardSelectProps) {
  const localName = useLocalName();
  const { data: wards } = useWards();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="field-input"
      >
        <option value="">{emptyLabel}</option>
        {wards?.map((ward) => (
          <option key={ward.code} value={ward.code}>
            {localName(ward)}
          </option>
        ))}
        {/* a ward from a link that the list does not (yet) hold still shows what is filtered by */}
        {value && wards && !wards.some((ward) => ward.code === value) && <option value={value}>{value}</option>}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
