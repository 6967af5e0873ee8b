import type { Role } from "../../api/types";

export const ROLES: readonly Role[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON", "PARTNER"];

/** The translation key of a role's label, e.g. WARD → "区職員" / "Ward staff". */
export function roleLabelKey(role: Role) {
  return `role.${role}` as const;
}
