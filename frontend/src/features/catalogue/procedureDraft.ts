import { optional, optionalYen } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

export const PROCEDURE_STATUSES: readonly Schema<"ProcedureStatus">[] = ["ACTIVE", "SUSPENDED", "RETIRED"];

/** The procedure form's fields, all as typed (the fee too), so that nothing is lost while editing. */
export interface ProcedureDraft {
  code: string;
  categoryCode: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  keywords: string;
  description: string;
  whatToBring: string;
  feeYen: string;
  feeNote: string;
  processingTime: string;
  ownerSectionCode: string;
  legalBasis: string;
  status: Schema<"ProcedureStatus">;
}

export const EMPTY_DRAFT: ProcedureDraft = {
  code: "",
  categoryCode: "",
  nameJa: "",
  nameKana: "",
  nameEn: "",
  keywords: "",
  description: "",
  whatToBring: "",
  feeYen: "",
  feeNote: "",
  processingTime: "",
  ownerSectionCode: "",
  legalBasis: "",
  status: "ACTIVE",
};

export function draftOf(procedure: Schema<"Procedure">): ProcedureDraft {
  return {
    code: procedure.code,
    categoryCode: procedure.categoryCode,
    nameJa: procedure.nameJa,
    nameKana: procedure.nameKana,
    nameEn: procedure.nameEn,
    keywords: procedure.keywords ?? "",
    description: procedure.description,
    whatToBring: procedure.whatToBring ?? "",
    feeYen: procedure.feeYen == null ? "" : String(procedure.feeYen),
    feeNote: procedure.feeNote ?? "",
    processingTime: procedure.processingTime ?? "",
    ownerSectionCode: procedure.ownerSectionCode,
    legalBasis: procedure.legalBasis ?? "",
    status: procedure.status,
  };
}

export function toProcedureInput(draft: ProcedureDraft): Schema<"ProcedureInput"> {
  return {
    code: draft.code.trim(),
    categoryCode: draft.categoryCode,
    nameJa: draft.nameJa.trim(),
    nameKana: draft.nameKana.trim(),
    nameEn: draft.nameEn.trim(),
    keywords: optional(draft.keywords),
    description: draft.description.trim(),
    whatToBring: optional(draft.whatToBring),
    feeYen: optionalYen(draft.feeYen),
    feeNote: optional(draft.feeNote),
    processingTime: optional(draft.processingTime),
    ownerSectionCode: draft.ownerSectionCode,
    legalBasis: optional(draft.legalBasis),
    status: draft.status,
  };
}
