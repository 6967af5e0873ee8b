import type { Schema } from "../../api/schemas";

/** A section row of the bureau form; `key` tells rows apart while their codes are still being typed. */
export interface SectionDraft {
  key: number;
  code: string;
  nameJa: string;
  nameEn: string;
  /** Saved before: its code is how staff, procedures and duties name it, so it stays. */
  saved: boolean;
}

export interface BureauDraft {
  code: string;
  nameJa: string;
  nameEn: string;
  sortOrder: string;
  sections: SectionDraft[];
}

let nextKey = 1;

export function newSection(): SectionDraft {
  return { key: nextKey++, code: "", nameJa: "", nameEn: "", saved: false };
}

export function emptyBureauDraft(): BureauDraft {
  return { code: "", nameJa: "", nameEn: "", sortOrder: "", sections: [newSection()] };
}

export function bureauDraftOf(bureau: Schema<"Bureau">): BureauDraft {
  return {
    code: bureau.code,
    nameJa: bureau.nameJa,
    nameEn: bureau.nameEn,
    sortOrder: String(bureau.sortOrder),
    sections: bureau.sections.map((section) => ({ key: nextKey++, ...section, saved: true })),
  };
}

/** Moves the section at `index` one place up (-1) or down (+1); the order sent is the order shown. */
export function moveSection(sections: SectionDraft[], index: number, by: -1 | 1): SectionDraft[] {
  const target = index + by;
  if (target < 0 || target >= sections.length) return sections;
  const moved = [...sections];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** The body the API takes: every section in the order shown (rows left wholly empty are dropped). */
export function toBureauInput(draft: BureauDraft): Schema<"BureauInput"> {
  const sortOrder = Number(draft.sortOrder.trim() || "0");
  return {
    code: draft.code.trim(),
    nameJa: draft.nameJa.trim(),
    nameEn: draft.nameEn.trim(),
    sortOrder: Number.isInteger(sortOrder) ? sortOrder : 0,
    sections: draft.sections
      .filter((section) => section.code.trim() || section.nameJa.trim() || section.nameEn.trim())
      .map((section) => ({ code: section.code.trim(), nameJa: section.nameJa.trim(), nameEn: section.nameEn.trim() })),
  };
}
