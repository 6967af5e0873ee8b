import type { Schema } from "../../api/schemas";

/** What a timeline entry shows beside its kind: the bureau(s) it concerns and any note, in readable form. */
export interface EventDetails {
  bureaus: string[];
  note?: string;
}

/**
 * The API records a submission's addressees as a note of bureau codes ("policy, children"); they are shown by name
 * like the bureau of any other step. Other notes (a milestone's title, "40%") are shown as they are.
 */
export function eventDetails(event: Schema<"ProposalEvent">, bureauName: (code: string) => string): EventDetails {
  if (event.kind === "SUBMITTED") {
    const codes = (event.note ?? "")
      .split(",")
      .map((code) => code.trim())
      .filter((code) => code !== "");
    return { bureaus: codes.map(bureauName) };
  }
  return {
    bureaus: event.bureauCode ? [bureauName(event.bureauCode)] : [],
    note: event.note?.trim() || undefined,
  };
}
