import type { ComponentProps } from "react";
import { useWards } from "../api/organization";
import { useLocalName } from "../app/useLocalName";

type WardSelectInputProps = ComponentProps<"select"> & {
  /** The first choice, meaning "no ward" (every ward for a filter, none chosen yet for a form); left out when absent. */
  emptyLabel?: string;
  /** The value of the empty choice; "" unless the caller's filter names it otherwise. */
  emptyValue?: string;
  /** The chosen ward: when the city's list does not (yet) hold it (a ward from a link), it still shows as a choice. */
  keep?: string;
};

/**
 * A bare select of the city's wards, in the city's order and by their local names; the caller gives the label and the
 * select's own attributes. The select itself is rendered here, so that a controlled value is applied again once the
 * wards have loaded.
 */
export function WardSelectInput({ emptyLabel, emptyValue = "", keep, ...selectProps }: WardSelectInputProps) {
  const localName = useLocalName();
  const { data: wards } = useWards();
  return (
    <select {...selectProps}>
      {emptyLabel !== undefined && <option value={emptyValue}>{emptyLabel}</option>}
      {wards?.map((ward) => (
        <option key={ward.code} value={ward.code}>
          {localName(ward)}
        </option>
      ))}
      {keep && wards && !wards.some((ward) => ward.code === keep) && <option value={keep}>{keep}</option>}
    </select>
  );
}
