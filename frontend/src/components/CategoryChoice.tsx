import { useTranslation } from "react-i18next";
import { useVoiceCategories } from "../api/voices";
import { useLocalName } from "../app/useLocalName";
import { toggleCategory } from "../lib/voiceCategories";
import { ErrorMessage } from "./ErrorMessage";
import { FieldMessage, RequiredMark } from "./FormFields";

interface CategoryChoiceProps {
  /** Prefix of the ids of the hint and the error. */
  id: string;
  chosen: string[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}

/** One or more categories (up to five), as checkboxes: each reachable with Tab and ticked with Space. */
export function CategoryChoice({ id, chosen, error, onChange }: CategoryChoiceProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const categories = useVoiceCategories();
  const order = categories.data?.map((category) => category.code) ?? [];
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend className="field-label">
        {t("voice.categories")}
        <RequiredMark />
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("voice.categoriesHint")}
      </p>
      {categories.isError && <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />}
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
        {categories.data?.map((category) => (
          <li key={category.code}>
            <label className="flex min-h-11 items-center gap-2 text-std-16N-170">
              <input
                type="checkbox"
                name="categories"
                value={category.code}
                checked={chosen.includes(category.code)}
                aria-invalid={error ? true : undefined}
                onChange={(event) =>
                  onChange(toggleCategory(chosen, category.code, event.currentTarget.checked, order))
                }
                className="size-5"
              />
              {localName(category)}
            </label>
          </li>
        ))}
      </ul>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}
