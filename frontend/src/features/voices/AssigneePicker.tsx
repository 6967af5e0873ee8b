import { useMemo } from "react";
import {
  Button,
  Collection,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Text,
} from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useBureaus, useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { type Named, useLocalName } from "../../app/useLocalName";
import { matchesSearch } from "../../lib/searchText";
import { useVoiceAssignees } from "./api";

/** One choice: a ward or a section as a whole, or a person in it ("ward:…", "section:…", "staff:…"). */
export interface AssigneeOption {
  id: string;
  label: string;
  /** What else the choice matches when typed: the login id of a person, the unit's name. */
  also: string;
  person: boolean;
}

/** The choices under one heading: a ward, or a bureau's section. */
export interface AssigneeGroup {
  id: string;
  heading: string;
  options: AssigneeOption[];
}

/**
 * Groups the people by ward, then by bureau and section, each group headed by its unit as a whole, in the order of
 * the registry: whom a voice can go to, as staff think of it.
 */
export function assigneeGroups(
  wards: readonly Schema<"Ward">[],
  bureaus: readonly Schema<"Bureau">[],
  people: readonly Schema<"VoiceAssignee">[],
  localName: (named: Named) => string,
  wholeUnit: (name: string) => string,
): AssigneeGroup[] {
  const person = (p: Schema<"VoiceAssignee">, unit: string): AssigneeOption => ({
    id: `staff:${p.username}`,
    label: p.displayName,
    also: `${p.username} ${unit}`,
    person: true,
  });
  const groups: AssigneeGroup[] = wards.map((ward) => {
    const name = localName(ward);
    return {
      id: `group-ward:${ward.code}`,
      heading: name,
      options: [
        { id: `ward:${ward.code}`, label: wholeUnit(name), also: name, person: false },
        ...people.filter((p) => p.role === "WARD" && p.wardCode === ward.code).map((p) => person(p, name)),
      ],
    };
  });
  for (const bureau of bureaus) {
    for (const section of bureau.sections) {
      const name = `${localName(bureau)} ${localName(section)}`;
      groups.push({
        id: `group-section:${section.code}`,
        heading: name,
        options: [
          { id: `section:${section.code}`, label: wholeUnit(localName(section)), also: name, person: false },
          ...people.filter((p) => p.role === "HQ" && p.sectionCode === section.code).map((p) => person(p, name)),
        ],
      });
    }
  }
  return groups;
}

interface AssigneePickerProps {
  id: string;
  /** "ward:…", "section:…" or "staff:…"; "" for none yet. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The current assignee, not offered again (a transfer must go somewhere else). */
  exclude?: string;
  label?: string;
}

/**
 * 担当の選択: a combo box of wards and HQ sections, each with its people by display name, under headings by ward and by
 * bureau and section. Typing narrows it (full/half width and katakana/hiragana alike, login ids too); the arrow keys
 * and Enter choose.
 */
export function AssigneePicker({ id, value, onChange, error, exclude, label }: AssigneePickerProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: wards } = useWards();
  const { data: bureaus } = useBureaus();
  const { data: people } = useVoiceAssignees();
  const groups = useMemo(
    () =>
      assigneeGroups(wards ?? [], bureaus ?? [], people ?? [], localName, (name) =>
        t("voice.assigneeWhole", { name }),
      ).map((group) => ({ ...group, options: group.options.filter((option) => option.id !== exclude) })),
    [wards, bureaus, people, localName, t, exclude],
  );
  const searchable = useMemo(
    () => new Map(groups.flatMap((group) => group.options).map((option) => [option.label, option])),
    [groups],
  );

  return (
    <ComboBox
      id={id}
      selectedKey={value || null}
      onSelectionChange={(key) => onChange(key == null ? "" : String(key))}
      defaultFilter={(text, typed) => {
        const option = searchable.get(text);
        return matchesSearch(typed, [text, option?.also]);
      }}
      // opened by typing or by the button, not by tabbing through: an open list hides the rest of the page
      isRequired
      isInvalid={Boolean(error)}
      className="field"
    >
      <Label className="field-label">{label ?? t("voice.assignee")}</Label>
      <div className="flex">
        <Input className="field-input" autoComplete="off" placeholder={t("voice.assigneePlaceholder")} />
        <Button className="btn-secondary ml-1 px-3" aria-label={t("voice.assigneeShowAll")}>
          ▾
        </Button>
      </div>
      <Text slot="description" className="field-hint">
        {t("voice.assigneeHint")}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="suggestions-popover" offset={4}>
        <ListBox
          items={groups}
          className="max-h-80 overflow-auto p-1 outline-none"
          renderEmptyState={() => (
            <p className="px-3 py-2 text-std-16N-170 text-solid-gray-700">{t("voice.assigneeNone")}</p>
          )}
        >
          {(group) => (
            <ListBoxSection id={group.id}>
              <Header className="px-3 pt-2 text-std-16B-170 text-solid-gray-800">{group.heading}</Header>
              <Collection items={group.options}>
                {(option) => (
                  <ListBoxItem id={option.id} textValue={option.label} className="suggestion">
                    <Text slot="label" className={option.person ? "pl-4 text-std-16N-170" : "text-std-16B-170"}>
                      {option.label}
                    </Text>
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
