import { fieldErrorsOf } from "../../api/fieldErrors";
import { optional, optionalYen } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

/** One figure behind the proposal, as typed; `key` only tells the rows apart while editing. */
export interface FigureDraft {
  key: number;
  label: string;
  value: string;
  unit: string;
}

/** The proposal form's fields, all as typed, so that nothing is lost while editing. */
export interface ProposalDraft {
  /** Administrators name the proposing ward; ward staff always propose for their own. */
  wardCode: string;
  kind: Schema<"ProposalKind">;
  fiscalYear: string;
  title: string;
  background: string;
  content: string;
  expectedEffect: string;
  estimatedCostYen: string;
  /** Reference numbers of the residents' voices behind it, as chosen with the search. */
  voiceRefs: string[];
  figures: FigureDraft[];
}

let nextFigureKey = 1;

export function newFigure(label = "", value = "", unit = ""): FigureDraft {
  return { key: nextFigureKey++, label, value, unit };
}

export function emptyProposalDraft(): ProposalDraft {
  return {
    wardCode: "",
    kind: "POLICY",
    fiscalYear: "",
    title: "",
    background: "",
    content: "",
    expectedEffect: "",
    estimatedCostYen: "",
    voiceRefs: [],
    figures: [],
  };
}

export function proposalDraftOf(proposal: Schema<"Proposal">): ProposalDraft {
  return {
    wardCode: proposal.ward.code,
    kind: proposal.kind,
    fiscalYear: String(proposal.fiscalYear),
    title: proposal.title,
    background: proposal.background,
    content: proposal.content,
    expectedEffect: proposal.expectedEffect,
    estimatedCostYen: proposal.estimatedCostYen == null ? "" : String(proposal.estimatedCostYen),
    voiceRefs: [...proposal.voiceRefs],
    figures: proposal.figures.map((figure) => newFigure(figure.label, String(figure.value), figure.unit ?? "")),
  };
}

/** A figure's value as typed (full-width digits too); blank or unreadable is NaN, which goes out as null. */
export function figureValue(text: string): number {
  const normalized = text.normalize("NFKC").replace(/,/g, "").trim();
  return normalized === "" ? Number.NaN : Number(normalized);
}

/**
 * The request body. Every figure row is sent, blank or not, so that the API's field errors (figures[1].label) point
 * at the row on screen; the API checks what is missing or wrong.
 */
export function toProposalInput(draft: ProposalDraft, withWard: boolean): Schema<"ProposalInput"> {
  const fiscalYear = draft.fiscalYear.trim();
  return {
    wardCode: withWard ? optional(draft.wardCode) : undefined,
    kind: draft.kind,
    fiscalYear: fiscalYear === "" ? undefined : Number(fiscalYear),
    title: draft.title.trim(),
    background: draft.background.trim(),
    content: draft.content.trim(),
    expectedEffect: draft.expectedEffect.trim(),
    estimatedCostYen: optionalYen(draft.estimatedCostYen),
    voiceRefs: draft.voiceRefs,
    figures: draft.figures.map((figure) => ({
      label: figure.label.trim(),
      value: figureValue(figure.value),
      unit: optional(figure.unit),
    })),
  };
}

/**
 * The API's field errors for the form: errors on one reference number (voiceRefs[2]) belong to the single
 * reference-number field; figure errors (figures[0].label) already match the names of the figure fields.
 */
export function proposalValidationErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    const name = field.startsWith("voiceRefs[") ? "voiceRefs" : field;
    errors[name] = errors[name] ? `${errors[name]} ${message}` : message;
  }
  return errors;
}
