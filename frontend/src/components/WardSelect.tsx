import type { ChangeEvent } from "react";
import { WardSelectInput } from "./WardSelectInput";

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
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <WardSelectInput
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="field-input"
        emptyLabel={emptyLabel}
        keep={value}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
