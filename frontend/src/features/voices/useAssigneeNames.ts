import { useSectionNames } from "../../lib/useSectionNames";
import { useWardNames } from "../../lib/useWardNames";
import { parseAssignee } from "./voiceDraft";

/** The name of a ward or HQ section a voice is (or was) assigned to, from "ward:431010" or "section:…". */
export function useAssigneeNames(): (assignee: string | null | undefined) => string {
  const wardName = useWardNames();
  const sectionName = useSectionNames();
  return (value) => {
    const assignee = parseAssignee(value);
    if (!assignee) return value ?? "";
    return assignee.kind === "ward" ? wardName(assignee.code) : sectionName(assignee.code);
  };
}
