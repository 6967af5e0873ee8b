import { useState } from "react";
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { useVoiceSearch } from "../../api/voices";
import { useDebouncedValue } from "../../lib/useDebouncedValue";

const SUGGESTIONS = 10;
const MAX_VOICES = 50;

interface EvidenceVoicePickerProps {
  /** The chosen voices' reference numbers, in the order chosen. */
  value: string[];
  onChange: (references: string[]) => void;
  error?: string;
}

/**
 * 根拠となる区民の声: found by typing what staff remember of them (a reference number, words of the text, the school
 * district or place), searched as the voice list searches (full/half width and katakana/hiragana alike), each offered
 * with its reference and the start of its text; the chosen ones are listed, each removable.
 */
export function EvidenceVoicePicker({ value, onChange, error }: EvidenceVoicePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  // what was picked in this session, to show each chosen voice with its text (older ones show their number only)
  const [known, setKnown] = useState<Record<string, string>>({});
  const needle = useDebouncedValue(text.trim());
  const search = useVoiceSearch(needle, SUGGESTIONS);
  const items = needle && text.trim() ? (search.data?.items ?? []).filter((v) => !value.includes(v.reference)) : [];

  function pick(voice: Schema<"VoiceSummary">) {
    if (!value.includes(voice.reference) && value.length < MAX_VOICES) {
      onChange([...value, voice.reference]);
      setKnown((current) => ({ ...current, [voice.reference]: voice.excerpt }));
    }
    setText("");
  }

  return (
    <div className="flex flex-col gap-3">
      <ComboBox
        inputValue={text}
        onInputChange={setText}
        items={items}
        selectedKey={null}
        onSelectionChange={(key) => {
          const picked = items.find((item) => item.id === key);
          if (picked) pick(picked);
        }}
        // open while something is typed, to say "searching" or "none"; closed once a pick has emptied the box
        allowsEmptyCollection={text.trim() !== ""}
        menuTrigger="input"
        isInvalid={Boolean(error)}
        className="field"
      >
        <Label className="field-label">{t("proposalEditor.voiceSearch")}</Label>
        <Input className="field-input" autoComplete="off" />
        <Text slot="description" className="field-hint">
          {t("proposalEditor.voiceSearchHint")}
        </Text>
        <FieldError className="field-error">{error}</FieldError>
        <Popover className="suggestions-popover" offset={4}>
          <ListBox<Schema<"VoiceSummary">>
            className="max-h-80 overflow-auto p-1 outline-none"
            renderEmptyState={() => (
              <p className="px-3 py-2 text-std-16N-170 text-solid-gray-700">
                {search.isFetching || needle !== text.trim()
                  ? t("proposalEditor.voiceSearchLoading")
                  : t("proposalEditor.voiceSearchNone")}
              </p>
            )}
          >
            {(voice) => (
              <ListBoxItem id={voice.id} textValue={voice.reference} className="suggestion">
                <Text slot="label" className="text-std-16B-170">
                  {voice.reference}
                </Text>
                <Text slot="description" className="block text-std-16N-170 text-solid-gray-700">
                  {voice.excerpt}
                </Text>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <div>
        <p id="proposal-evidence-chosen" className="text-std-16B-170">
          {t("proposalEditor.voiceRefs")}
        </p>
        {value.length === 0 ? (
          <p className="text-std-16N-170">{t("proposalEditor.noVoiceRefs")}</p>
        ) : (
          <ul aria-labelledby="proposal-evidence-chosen" className="flex flex-col gap-2">
            {value.map((reference) => (
              <li key={reference} className="flex flex-wrap items-center gap-3">
                <span className="text-std-16B-170">{reference}</span>
                {known[reference] && <span className="text-std-16N-170 text-solid-gray-700">{known[reference]}</span>}
                <button
                  type="button"
                  className="btn-secondary"
                  onClick={() => onChange(value.filter((candidate) => candidate !== reference))}
                >
                  {t("proposalEditor.removeVoiceRef", { reference })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
