import { useVoiceCategories } from "../api/voices";
import { useLocalName } from "../app/useLocalName";

/** A category's name in the current language by its code; unknown codes are shown as they are. */
export function useCategoryNames(): (code: string) => string {
  const { data: categories } = useVoiceCategories();
  const localName = useLocalName();
  return (code) => {
    const category = categories?.find((candidate) => candidate.code === code);
    return category ? localName(category) : code;
  };
}

/** Adds or removes a category code, keeping the order of the category list. */
export function toggleCategory(chosen: string[], code: string, on: boolean, order: string[]): string[] {
  const next = new Set(chosen);
  if (on) next.add(code);
  else next.delete(code);
  return order.filter((candidate) => next.has(candidate));
}
