import { VOICE_COORDINATORS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useSectionNames } from "../../lib/useSectionNames";
import { useWardNames } from "../../lib/useWardNames";
import { useVoiceAssignees } from "./api";
import { parseAssignee } from "./voiceDraft";

/**
 * The name of a ward, HQ section or person a voice is (or was) assigned to, from "ward:431010", "section:…" or
 * "staff:…". People are named by display name where the user may list them, else by login id.
 */
export function useAssigneeNames(): (assignee: string | null | undefined) => string {
  const wardName = useWardNames();
  const sectionName = useSectionNames();
  const session = useSession();
  const { data: people } = useVoiceAssignees(hasRole(session?.user, VOICE_COORDINATORS));
  return (value) => {
    const assignee = parseAssignee(value);
    if (!assignee) return value ?? "";
    switch (assignee.kind) {
      case "ward":
        return wardName(assignee.code);
      case "section":
        return sectionName(assignee.code);
      case "staff":
        return people?.find((person) => person.username === assignee.code)?.displayName ?? assignee.code;
    }
  };
}
