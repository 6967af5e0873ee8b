import type { ReactNode } from "react";
import { RequiredMark } from "../../components/FormFields";

interface NativeFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  /** The API's message for this field, if it refused it. */
  error?: string;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldTexts({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** A native select with its label, hint and the API's error under it (as the text fields have them). */
export function SelectField({
  id,
  label,
  required,
  hint,
  error,
  value,
  onChange,
  children,
}: NativeFieldProps & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {required && <RequiredMark />}
      </label>
      <select
        id={id}
        required={required}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      >
        {children}
      </select>
      <FieldTexts id={id} hint={hint} error={error} />
    </div>
  );
}

/** A date input (the browser's own date picker, keyboard-operable) with its label, hint and error. */
export function DateField({
  id,
  label,
  required,
  hint,
  error,
  value,
  onChange,
}: NativeFieldProps & { value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {required && <RequiredMark />}
      </label>
      <input
        id={id}
        type="date"
        required={required}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      />
      <FieldTexts id={id} hint={hint} error={error} />
    </div>
  );
}
