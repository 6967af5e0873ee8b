import type { Schema } from "../../api/schemas";

/** The scopes the API grants (PartnerClientService.SCOPES). */
export const CLIENT_SCOPES = ["catalogue:read", "voices:write", "queue:issue"] as const;
export type ClientScope = (typeof CLIENT_SCOPES)[number];

/** 発券: a kiosk issues tickets for the one office it is registered for. */
export const KIOSK_SCOPE: ClientScope = "queue:issue";

export interface ClientDraft {
  clientId: string;
  name: string;
  scopes: ClientScope[];
  /** The kiosk's office, as the select holds it: "" none. */
  officeId: string;
}

export function emptyClientDraft(): ClientDraft {
  return { clientId: "", name: "", scopes: [], officeId: "" };
}

/** Whether the client is a counter device, which the API binds to one office. */
export function isKiosk(scopes: readonly string[]): boolean {
  return scopes.includes(KIOSK_SCOPE);
}

/** The body the API takes: an office only for a kiosk (the API refuses one for any other client). */
export function toClientInput(draft: ClientDraft): Schema<"PartnerClientInput"> {
  const office = Number(draft.officeId);
  return {
    clientId: draft.clientId.trim(),
    name: draft.name.trim(),
    scopes: CLIENT_SCOPES.filter((scope) => draft.scopes.includes(scope)),
    officeId: isKiosk(draft.scopes) && Number.isInteger(office) && office > 0 ? office : undefined,
  };
}

export function toggleScope(draft: ClientDraft, scope: ClientScope, checked: boolean): ClientDraft {
  const scopes = CLIENT_SCOPES.filter((candidate) =>
    candidate === scope ? checked : draft.scopes.includes(candidate),
  );
  return { ...draft, scopes, officeId: isKiosk(scopes) ? draft.officeId : "" };
}
