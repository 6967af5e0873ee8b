import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { todayInKumamoto } from "../../lib/dates";
import { ProcedureSearchField } from "./ProcedureSearchField";
import type { FinderParams } from "./useFinderParams";

interface FinderFormProps {
  params: FinderParams;
  /** The name of the procedure in the URL, once known, to show in the search box. */
  procedureName?: string;
  onSearch: (params: FinderParams) => void;
}

interface Picked {
  code: string;
  name: string;
}

/** The resident's question: which procedure, on which date, and (optionally) where they live. */
export function FinderForm({ params, procedureName, onSearch }: FinderFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: wards } = useWards();
  const [text, setText] = useState(params.q);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [date, setDate] = useState(params.date || todayInKumamoto());
  const [ward, setWard] = useState(params.ward);
  const [emptyError, setEmptyError] = useState(false);

  // Follow the URL when it changes from elsewhere (a suggestion link, the "next open date" button, history).
  useEffect(() => setDate(params.date || todayInKumamoto()), [params.date]);
  useEffect(() => setWard(params.ward), [params.ward]);
  useEffect(() => {
    if (params.q) setText(params.q);
  }, [params.q]);
  useEffect(() => {
    if (params.procedure && procedureName) {
      setPicked({ code: params.procedure, name: procedureName });
      setText(procedureName);
    }
  }, [params.procedure, procedureName]);

  function handleTextChange(value: string) {
    setText(value);
    if (value.trim()) setEmptyError(false);
  }

  function handlePick(procedure: Schema<"ProcedureSummary">) {
    const name = localName(procedure);
    setPicked({ code: procedure.code, name });
    setEmptyError(false);
    onSearch({ procedure: procedure.code, q: "", date, ward });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setEmptyError(true);
      return;
    }
    const procedure = picked && picked.name === trimmed ? picked.code : "";
    onSearch({ procedure, q: procedure ? "" : trimmed, date, ward });
  }

  return (
    <form
      role="search"
      aria-label={t("finder.formLabel")}
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <ProcedureSearchField
        text={text}
        onTextChange={handleTextChange}
        onPick={handlePick}
        errorMessage={emptyError ? t("finder.needText") : undefined}
      />
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div className="field">
          <label htmlFor="finder-date" className="field-label">
            {t("finder.date")}
          </label>
          <input
            id="finder-date"
            name="date"
            type="date"
            required
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            aria-describedby="finder-date-hint"
            className="field-input"
          />
          <p id="finder-date-hint" className="field-hint">
            {t("finder.dateHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="finder-ward" className="field-label">
            {t("finder.ward")}
          </label>
          <select
            id="finder-ward"
            name="ward"
            value={ward}
            onChange={(event) => setWard(event.currentTarget.value)}
            aria-describedby="finder-ward-hint"
            className="field-input"
          >
            <option value="">{t("finder.anyWard")}</option>
            {wards?.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {localName(candidate)}
              </option>
            ))}
          </select>
          <p id="finder-ward-hint" className="field-hint">
            {t("finder.wardHint")}
          </p>
        </div>
      </div>
      <button type="submit" className="btn-primary mt-4">
        {t("finder.search")}
      </button>
    </form>
  );
}
