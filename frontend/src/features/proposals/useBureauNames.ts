import { useBureaus } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";

/** Looks up a bureau's name (in the current language) by its code; unknown codes are shown as they are. */
export function useBureauNames(): (code: string) => string {
  const { data: bureaus } = useBureaus();
  const localName = useLocalName();
  return (code) => {
    const bureau = bureaus?.find((candidate) => candidate.code === code);
    return bureau ? localName(bureau) : code;
  };
}
