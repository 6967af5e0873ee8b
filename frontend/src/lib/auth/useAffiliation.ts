import { useLocalName } from "../../app/useLocalName";
import type { Schema } from "../../api/schemas";
import { affiliationParts } from "./affiliation";

/** The user's ward (or bureau and section) as one line in the current language, or "" when there is none. */
export function useAffiliation(user: Schema<"Me">): string {
  const localName = useLocalName();
  return affiliationParts(user).map(localName).join(" ");
}
