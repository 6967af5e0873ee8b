import { pageParam, textParam } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";

/** The roles a staff account can have: partner systems are clients, registered on their own screen. */
export const STAFF_ROLES = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON"] as const satisfies readonly Schema<"Role">[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string | null | undefined): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value ?? "");
}

/** What an account belongs to, by its role: ward roles a ward, HQ staff a bureau (and a section of it), admins none. */
export function affiliationOf(role: StaffRole): "ward" | "bureau" | "none" {
  if (role === "HQ") return "bureau";
  if (role === "ADMIN") return "none";
  return "ward";
}

/** The account form as typed: every field a string, the affiliation fields kept while the role changes. */
export interface StaffDraft {
  username: string;
  displayName: string;
  role: StaffRole;
  wardCode: string;
  bureauCode: string;
  sectionCode: string;
  /** Only on create: the first password, which its owner changes later. */
  password: string;
}

export function emptyStaffDraft(): StaffDraft {
  return { username: "", displayName: "", role: "WARD", wardCode: "", bureauCode: "", sectionCode: "", password: "" };
}

export function staffDraftOf(account: Schema<"StaffAccount">): StaffDraft {
  return {
    username: account.username,
    displayName: account.displayName,
    role: isStaffRole(account.role) ? account.role : "WARD",
    wardCode: account.wardCode ?? "",
    bureauCode: account.bureauCode ?? "",
    sectionCode: account.sectionCode ?? "",
    password: "",
  };
}

/**
 * The body the API takes: only the affiliation the role has (the API refuses a ward for HQ staff and a bureau for
 * ward roles), no password unless one was typed (an update keeps the password), and the account's active state.
 */
export function toStaffInput(draft: StaffDraft, active: boolean): Schema<"StaffInput"> {
  const affiliation = affiliationOf(draft.role);
  return {
    username: draft.username.trim(),
    displayName: draft.displayName.trim(),
    role: draft.role,
    wardCode: affiliation === "ward" && draft.wardCode ? draft.wardCode : undefined,
    bureauCode: affiliation === "bureau" && draft.bureauCode ? draft.bureauCode : undefined,
    sectionCode: affiliation === "bureau" && draft.sectionCode ? draft.sectionCode : undefined,
    password: draft.password ? draft.password : undefined,
    active,
  };
}

/** An account's input as it stands, with only `active` changed: how deactivating and reactivating are sent. */
export function withActive(account: Schema<"StaffAccount">, active: boolean): Schema<"StaffInput"> {
  return toStaffInput(staffDraftOf(account), active);
}

/** The staff list's filters as the URL keeps them. */
export interface StaffFilters {
  q: string;
  role?: StaffRole;
  ward: string;
  /** "" any, "true" active only, "false" deactivated only. */
  active: "" | "true" | "false";
  /** 1-based. */
  page: number;
}

export function staffFiltersOf(params: URLSearchParams): StaffFilters {
  const role = params.get("role");
  const active = params.get("active");
  const ward = textParam(params, "ward");
  return {
    q: textParam(params, "q"),
    role: isStaffRole(role) ? role : undefined,
    ward: /^\d{6}$/.test(ward) ? ward : "",
    active: active === "true" || active === "false" ? active : "",
    page: pageParam(params),
  };
}
