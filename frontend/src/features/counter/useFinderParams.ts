import { useSearchParams } from "react-router";
import { isIsoDate } from "../../lib/dates";

/** The finder's question as kept in the URL: /counter?procedure=juminhyo-copy&date=2027-01-04&ward=431010 */
export interface FinderParams {
  /** A procedure's code, once one was picked. */
  procedure: string;
  /** Free text, when the resident searched without picking a suggestion. */
  q: string;
  /** YYYY-MM-DD; empty means today. */
  date: string;
  ward: string;
}

export function parseFinderParams(params: URLSearchParams): FinderParams {
  const date = params.get("date")?.trim() ?? "";
  return {
    procedure: params.get("procedure")?.trim() ?? "",
    q: params.get("q")?.trim() ?? "",
    date: isIsoDate(date) ? date : "",
    ward: params.get("ward")?.trim() ?? "",
  };
}

export function finderSearch(params: FinderParams): string {
  const search = new URLSearchParams();
  if (params.procedure) search.set("procedure", params.procedure);
  else if (params.q) search.set("q", params.q);
  if (params.date) search.set("date", params.date);
  if (params.ward) search.set("ward", params.ward);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function useFinderParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseFinderParams(searchParams);

  function update(changes: Partial<FinderParams>) {
    setSearchParams(new URLSearchParams(finderSearch({ ...params, ...changes }).slice(1)));
  }

  return { params, update };
}
