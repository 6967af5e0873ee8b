import { useLocalName } from "../../app/useLocalName";
import { useWards } from "./api";

/** Looks up a ward's name (in the current language) by its code; unknown codes are shown as they are. */
export function useWardNames(): (code: string) => string {
  const { data: wards } = useWards();
  const localName = useLocalName();
  return (code) => {
    const ward = wards?.find((candidate) => candidate.code === code);
    return ward ? localName(ward) : code;
  };
}
