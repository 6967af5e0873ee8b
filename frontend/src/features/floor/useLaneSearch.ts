import { useEffect, useState } from "react";
import { useProcedures } from "../../api/counter";
import type { Schema } from "../../api/schemas";
import { foldForSearch, matchesSearch } from "../../lib/searchText";

const SEARCH_DELAY_MS = 300;

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/**
 * The lanes that fit what the visitor typed: by the lane's and its procedures' names and descriptions (full/half
 * width and hiragana/katakana alike), and by the catalogue's own procedure search, which also knows readings
 * (じゅうみんひょう finds 住民票の写し) and other words for a procedure.
 */
export function useLaneSearch(lanes: Schema<"Lane">[], text: string) {
  const needle = useSettled(text.trim());
  const catalogue = useProcedures({ q: needle, page: 0, size: 50 }, foldForSearch(needle) !== "");
  const found = new Set((needle ? (catalogue.data?.items ?? []) : []).map((procedure) => procedure.code));
  const matching = lanes.filter(
    (lane) =>
      matchesSearch(text, [
        lane.nameJa,
        lane.nameEn,
        lane.descriptionJa,
        lane.descriptionEn,
        ...lane.procedures.flatMap((procedure) => [procedure.nameJa, procedure.nameEn]),
      ]) || lane.procedures.some((procedure) => found.has(procedure.code)),
  );
  return { lanes: matching, searching: catalogue.isFetching };
}
