import { useLocalName } from "../../app/useLocalName";
import { useWards } from "../organization/api";

/** A ward's name from its code, in the current language (the code itself until the wards are read). */
export function useWardName(): (code: string | null | undefined) => string {
  const localName = useLocalName();
  const { data: wards } = useWards();
  return (code) => {
    if (!code) return "";
    const ward = wards?.find((candidate) => candidate.code === code);
    return ward ? localName(ward) : code;
  };
}
