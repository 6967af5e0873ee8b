import { useBureaus } from "../api/organization";
import { useLocalName } from "../app/useLocalName";

/** Looks up an HQ section's name, with its bureau's, by the section's code; unknown codes are shown as they are. */
export function useSectionNames(): (code: string) => string {
  const { data: bureaus } = useBureaus();
  const localName = useLocalName();
  return (code) => {
    for (const bureau of bureaus ?? []) {
      const section = bureau.sections.find((candidate) => candidate.code === code);
      if (section) return `${localName(bureau)} ${localName(section)}`;
    }
    return code;
  };
}
