import { useLocalName } from "../../app/useLocalName";
import { useSectionNames } from "../../lib/useSectionNames";
import { useWardNames } from "../../lib/useWardNames";
import { useVoiceCategories } from "./api";
import { parseAssignee } from "./voiceDraft";

/** A category's name in the current language by its code; unknown codes are shown as they are. */
export function useCategoryNames(): (code: string) => string {
  const { data: categories } = useVoiceCategories();
  const localName = useLocalName();
  return (code) => {
    const category = categories?.find((candidate) => candidate.code === code);
    return category ? localName(category) : code;
  };
}

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
