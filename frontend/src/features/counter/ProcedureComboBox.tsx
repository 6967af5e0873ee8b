import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useProcedures } from "../../api/counter";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { useDebouncedValue } from "../../lib/useDebouncedValue";
import type { ProcedureSearchFieldProps } from "./ProcedureSearchField";

const SUGGESTIONS = 10;

/**
 * The finder's search box once its script has arrived (see ProcedureSearchField), a combo box: residents type as
 * they would (じゅうみんひょう, ｼﾞｭｳﾐﾝﾋｮｳ, 住民票) and the API's matches are offered as suggestions; the arrow keys
 * and Enter pick one. Free text is allowed too and is searched as it is.
 */
export function ProcedureComboBox({ text, onTextChange, onPick, errorMessage }: ProcedureSearchFieldProps) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const needle = useDebouncedValue(text.trim());
  const suggestions = useProcedures({ q: needle, page: 0, size: SUGGESTIONS }, needle !== "");
  const items = needle && text.trim() ? (suggestions.data?.items ?? []) : [];
  const english = i18n.language === "en";

  return (
    <ComboBox
      inputValue={text}
      onInputChange={onTextChange}
      items={items}
      onSelectionChange={(key) => {
        const picked = items.find((item) => item.code === key);
        if (picked) onPick(picked);
      }}
      allowsCustomValue
      // Suggestions arrive after the typing: open the list at once and let it fill.
      allowsEmptyCollection
      menuTrigger="input"
      isInvalid={Boolean(errorMessage)}
      className="field"
    >
      <Label className="field-label">{t("finder.searchLabel")}</Label>
      <Input className="field-input" autoComplete="off" />
      <Text slot="description" className="field-hint">
        {t("finder.searchHint")}
      </Text>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="suggestions-popover" offset={4}>
        <ListBox<Schema<"ProcedureSummary">>
          className="max-h-80 overflow-auto p-1 outline-none"
          renderEmptyState={() => (
            <p className="px-3 py-2 text-std-16N-170 text-solid-gray-700">
              {suggestions.isFetching || needle !== text.trim()
                ? t("finder.suggestionsLoading")
                : t("finder.noSuggestions")}
            </p>
          )}
        >
          {(item) => (
            <ListBoxItem id={item.code} textValue={localName(item)} className="suggestion">
              <Text slot="label" className="text-std-16B-170">
                {localName(item)}
              </Text>
              <Text slot="description" className="ml-2 text-std-16N-170 text-solid-gray-700">
                {english ? (item.categoryEn ?? item.categoryJa) : item.categoryJa}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
