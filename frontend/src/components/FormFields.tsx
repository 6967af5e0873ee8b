import type { ReactNode } from "react";
import { FieldError, Input, Label, Text, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";

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
  type?: "text" | "number" | "url" | "search";
  pattern?: string;
  inputMode?: "text" | "numeric" | "decimal";
  maxLength?: number;
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
