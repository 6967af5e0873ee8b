import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAllProcedures } from "../api/counter";
import { useLocalName } from "../app/useLocalName";
import type { Schema } from "../api/schemas";

interface ProcedureSelectProps {
  id: string;
  name?: string;
  value: string;
  onChange: (code: string) => void;
  /** The label of the empty choice, e.g. "すべての手続き" or "指定しない". */
  emptyLabel: string;
  describedBy?: string;
}

function byCategory(items: Schema<"ProcedureSummary">[], english: boolean) {
  const groups = new Map<string, { label: string; items: Schema<"ProcedureSummary">[] }>();
  for (const item of items) {
    const label = (english ? item.categoryEn : item.categoryJa) ?? item.categoryJa ?? item.categoryCode;
    const group = groups.get(item.categoryCode) ?? { label, items: [] };
    group.items.push(item);
    groups.set(item.categoryCode, group);
  }
  return [...groups.entries()];
}

/** A native select of every procedure, grouped by category. The label is the caller's. */
export function ProcedureSelect({ id, name, value, onChange, emptyLabel, describedBy }: ProcedureSelectProps) {
  const { i18n } = useTranslation();
  const localName = useLocalName();
  const { data } = useAllProcedures();
  const items = data?.items ?? [];
  // Keep a value from the URL selectable even before (or without) the list.
  const known = value === "" || items.some((item) => item.code === value);
  return (
    <select
      id={id}
      name={name}
      value={value}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.currentTarget.value)}
      aria-describedby={describedBy}
      className="field-input"
    >
      <option value="">{emptyLabel}</option>
      {!known && <option value={value}>{value}</option>}
      {byCategory(items, i18n.language === "en").map(([code, group]) => (
        <optgroup key={code} label={group.label}>
          {group.items.map((item) => (
            <option key={item.code} value={item.code}>
              {localName(item)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
