import type { ReactNode } from "react";
import { FieldError, Input, Label, Text, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "./ErrorMessage";

interface TextInputFieldProps {
  /** The API's field name: server-side field errors (Form validationErrors) are shown under the matching field. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  isRequired?: boolean;
  isReadOnly?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "number" | "url" | "search" | "email" | "tel";
  pattern?: string;
  inputMode?: "text" | "numeric" | "decimal";
  maxLength?: number;
  /** What the browser may fill in ("name", "email", "tel"), or "off" for what it must not remember. */
  autoComplete?: string;
  /** The language of the text typed (e.g. "en" for English fields on a Japanese page). */
  lang?: string;
  className?: string;
}

/** A labelled text field in the Digital Agency style, with its hint and its error under it. */
export function TextInputField({
  name,
  label,
  value,
  onChange,
  hint,
  isRequired,
  isReadOnly,
  multiline,
  rows = 4,
  type = "text",
  pattern,
  inputMode,
  maxLength,
  autoComplete,
  lang,
  className,
}: TextInputFieldProps) {
  return (
    <TextField
      name={name}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isReadOnly={isReadOnly}
      type={multiline ? undefined : type}
      pattern={pattern}
      inputMode={inputMode}
      maxLength={maxLength}
      autoComplete={autoComplete}
      className={`field ${className ?? ""}`}
    >
      <Label className="field-label">
        {label}
        {isRequired && <RequiredMark />}
      </Label>
      {multiline ? (
        <TextArea rows={rows} lang={lang} className="field-input" />
      ) : (
        <Input lang={lang} className="field-input" />
      )}
      {hint && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error" />
    </TextField>
  );
}

/** "必須" next to a required field's label: the requirement is in words, not only an asterisk or colour. */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="ml-2 rounded-4 border border-error-2 px-1 text-dns-14B-120 text-error-2">
      {t("common.required")}
    </span>
  );
}

/**
 * The API's error for a native control (select, checkbox group) that react-aria's Form cannot attach it to; the
 * control points at it with aria-describedby and is marked aria-invalid.
 */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

interface NativeFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  /** The API's message for this field, if it refused it. */
  error?: string;
}

/** The ids of a native field's hint and error (as {@link FieldTexts} gives them), for its aria-describedby. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A native field's hint and error under it, with the ids {@link describedBy} names. */
export function FieldTexts({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={error} />
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

/** A set of check boxes with a legend, its hint and the API's error for the list. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  loading,
  loadingText,
  failure,
  empty,
  options,
}: {
  id: string;
  legend: string;
  hint: string;
  error: string | undefined;
  /** While the choices are read, `loadingText` is shown. */
  loading: boolean;
  loadingText: string;
  /** Why the choices could not be read. */
  failure: unknown;
  /** Said when there is nothing to choose. */
  empty: string;
  options: { value: string; label: string; checked: boolean; onChange: (checked: boolean) => void }[];
}) {
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend className="field-label">{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {loading && <p className="text-std-16N-170">{loadingText}</p>}
      {Boolean(failure) && <ErrorMessage error={failure} />}
      {!loading && !failure && options.length === 0 && <p className="text-std-16N-170">{empty}</p>}
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
              <input
                type="checkbox"
                value={option.value}
                checked={option.checked}
                aria-invalid={error ? true : undefined}
                onChange={(event) => option.onChange(event.currentTarget.checked)}
                className="size-5"
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}
