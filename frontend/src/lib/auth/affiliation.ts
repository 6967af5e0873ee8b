import type { Schema } from "../../api/schemas";
import type { Named } from "../../app/useLocalName";

/** The names of the user's ward, or else bureau and section, in the order they should be shown. */
export function affiliationParts(user: Schema<"Me">): Named[] {
  if (user.ward) return [user.ward];
  return [user.bureau, user.section].filter((part): part is NonNullable<typeof part> => Boolean(part));
}
