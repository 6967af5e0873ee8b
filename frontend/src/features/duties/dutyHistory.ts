import type { Schema } from "../../api/schemas";

/** The fields of a duty a person edits, in the order the form shows them; the rest (id, version...) is bookkeeping. */
export const DUTY_FIELDS = [
  "titleJa",
  "titleEn",
  "description",
  "side",
  "reasons",
  "hqRole",
  "wardRole",
  "contactSectionCode",
] as const;

export type DutyField = (typeof DUTY_FIELDS)[number];

export interface FieldChange {
  field: DutyField;
  before: unknown;
  after: unknown;
}

function same(a: unknown, b: unknown): boolean {
  // Reasons are a set: their order in the stored snapshot carries no meaning.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item) => b.includes(item));
  return (a ?? null) === (b ?? null);
}

/** What an update changed, field by field; an entry without a before (a creation) changed nothing to compare. */
export function changesOf(entry: Schema<"AuditEntry">): FieldChange[] {
  const before = entry.before;
  const after = entry.after;
  if (!before || !after) return [];
  return DUTY_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}
