import { useAllProcedures } from "../api/counter";
import { useLocalName } from "../app/useLocalName";

/** Looks up a procedure's name by its code; unknown codes are shown as they are. */
export function useProcedureNames(): (code: string) => string {
  const { data } = useAllProcedures();
  const localName = useLocalName();
  return (code) => {
    const procedure = data?.items.find((candidate) => candidate.code === code);
    return procedure ? localName(procedure) : code;
  };
}
