import type { Schema } from "../../api/schemas";

export const ROLES: readonly Schema<"Role">[] = ["ADMIN", "HQ", "WARD", "FLOOR", "LIAISON", "PARTNER"];

/** The translation key of a role's label, e.g. WARD → "区職員" / "Ward staff". */
export function roleLabelKey(role: Schema<"Role">) {
  return `role.${role}` as const;
}
