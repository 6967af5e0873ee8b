import { useSearchParams } from "react-router";

/** The matrix's filters as kept in the URL: /counter/matrix?ward=431010&category=residence-certificates */
export interface MatrixFilters {
  ward: string;
  category: string;
}

export function parseMatrixFilters(params: URLSearchParams): MatrixFilters {
  return { ward: params.get("ward")?.trim() ?? "", category: params.get("category")?.trim() ?? "" };
}

export function useMatrixFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseMatrixFilters(params);

  function update(changes: Partial<MatrixFilters>) {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    if (next.ward) search.set("ward", next.ward);
    if (next.category) search.set("category", next.category);
    setParams(search);
  }

  return { filters, update };
}
