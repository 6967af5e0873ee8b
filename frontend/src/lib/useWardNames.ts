import { useWards } from "../api/organization";
import { useLocalName } from "../app/useLocalName";

/**
 * Looks up a ward's name (in the current language) by its code; unknown codes are shown as they are (so is every code
 * until the wards are read), and no code as nothing.
 */
export function useWardNames(): (code: string | null | undefined) => string {
  const { data: wards } = useWards();
  const localName = useLocalName();
  return (code) => {
    if (!code) return "";
    const ward = wards?.find((candidate) => candidate.code === code);
    return ward ? localName(ward) : code;
  };
}
