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
  descriptionEn: string;
  whatToBring: string;
  whatToBringEn: string;
  feeYen: string;
  feeNote: string;
  feeNoteEn: string;
  processingTime: string;
  processingTimeEn: string;
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
  descriptionEn: "",
  whatToBring: "",
  whatToBringEn: "",
  feeYen: "",
  feeNote: "",
  feeNoteEn: "",
  processingTime: "",
  processingTimeEn: "",
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
    descriptionEn: procedure.descriptionEn ?? "",
    whatToBring: procedure.whatToBring ?? "",
    whatToBringEn: procedure.whatToBringEn ?? "",
    feeYen: procedure.feeYen == null ? "" : String(procedure.feeYen),
    feeNote: procedure.feeNote ?? "",
    feeNoteEn: procedure.feeNoteEn ?? "",
    processingTime: procedure.processingTime ?? "",
    processingTimeEn: procedure.processingTimeEn ?? "",
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
    descriptionEn: optional(draft.descriptionEn),
    whatToBring: optional(draft.whatToBring),
    whatToBringEn: optional(draft.whatToBringEn),
    feeYen: optionalYen(draft.feeYen),
    feeNote: optional(draft.feeNote),
    feeNoteEn: optional(draft.feeNoteEn),
    processingTime: optional(draft.processingTime),
    processingTimeEn: optional(draft.processingTimeEn),
    ownerSectionCode: draft.ownerSectionCode,
    legalBasis: optional(draft.legalBasis),
    status: draft.status,
  };
}
