import { type FormEvent, useEffect, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { DateField, SelectField, TextInputField } from "../../components/FormFields";
import { GROUP_TYPES, OFFICER_ROLES, isGroupType, isOfficerRole } from "./communityEnums";
import type { Schema } from "../../api/schemas";
import {
  type AreaRow,
  type GroupDraft,
  type OfficerRow,
  groupFormField,
  newAreaRow,
  newOfficerRow,
  toGroupInput,
} from "./drafts";
import { WardSelect } from "../../components/WardSelect";

interface GroupFormProps {
  initial: GroupDraft;
  /** Administrators choose the group's ward; ward staff record for their own. */
  chooseWard: boolean;
  mode: "create" | "edit";
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"CommunityGroupInput">) => void;
  onCancel: () => void;
}

/**
 * Where focus goes after a row is added or removed: the new row's first field, or the add button when the row that
 * had focus is gone, so that a keyboard user is never dropped at the top of the page.
 */
function useFocusAfterRowChange() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target)?.focus();
  }, [target]);
  return (id: string) => setTarget(id);
}

function OfficerFields({
  row,
  index,
  errors,
  onChange,
  onRemove,
}: {
  row: OfficerRow;
  index: number;
  errors: Record<string, string>;
  onChange: (row: OfficerRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const base = `officers[${index}]`;
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{t("communityGroup.officerLegend", { number })}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={`officer-${row.key}-role`}
          label={t("communityGroup.officerRole")}
          required
          value={row.role}
          error={errors[`${base}.role`]}
          onChange={(role) => {
            if (isOfficerRole(role)) onChange({ ...row, role });
          }}
        >
          {OFFICER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`officerRole.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextInputField
          name={`${base}.name`}
          label={t("communityGroup.officerName")}
          value={row.name}
          onChange={(name) => onChange({ ...row, name })}
          isRequired
          maxLength={100}
        />
        <DateField
          id={`officer-${row.key}-from`}
          label={t("communityGroup.termFrom")}
          required
          value={row.termFrom}
          error={errors[`${base}.termFrom`]}
          onChange={(termFrom) => onChange({ ...row, termFrom })}
        />
        <DateField
          id={`officer-${row.key}-to`}
          label={t("communityGroup.termTo")}
          hint={t("communityGroup.termToHint")}
          value={row.termTo}
          error={errors[`${base}.termTo`]}
          onChange={(termTo) => onChange({ ...row, termTo })}
        />
      </div>
      <button type="button" className="btn-secondary mt-4" onClick={onRemove}>
        {t("communityGroup.removeOfficer", { number })}
      </button>
    </fieldset>
  );
}

function AreaField({
  row,
  index,
  error,
  onChange,
  onRemove,
}: {
  row: AreaRow;
  index: number;
  error?: string;
  onChange: (row: AreaRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const id = `area-input-${row.key}`;
  return (
    <li className="flex flex-wrap items-end gap-4">
      <div className="field min-w-64 flex-1">
        <label htmlFor={id} className="field-label">
          {t("communityGroup.areaLabel", { number })}
        </label>
        <input
          id={id}
          value={row.area}
          maxLength={100}
          onChange={(event) => onChange({ ...row, area: event.currentTarget.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="field-input"
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="button" className="btn-secondary" onClick={onRemove}>
        {t("communityGroup.removeArea", { number })}
      </button>
    </li>
  );
}

/** A group's record: kind, names, ward and district, activity areas and officers (repeatable rows), the contact. */
export function GroupForm({ initial, chooseWard, mode, pending, error, onSubmit, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const focusAfter = useFocusAfterRowChange();
  const errors = fieldErrorsOf(error, groupFormField);
  const set =
    (field: "name" | "nameKana" | "schoolDistrict" | "representativeName" | "address" | "phone" | "email") =>
    (value: string) =>
      setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toGroupInput(draft));
  }

  function addArea() {
    const row = newAreaRow();
    setDraft((current) => ({ ...current, areas: [...current.areas, row] }));
    focusAfter(`area-input-${row.key}`);
  }

  function addOfficer() {
    const row = newOfficerRow();
    setDraft((current) => ({ ...current, officers: [...current.officers, row] }));
    focusAfter(`officer-${row.key}-role`);
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
      <div className="grid gap-6 md:grid-cols-2">
        <SelectField
          id="group-form-type"
          label={t("communityGroup.type")}
          required
          value={draft.type}
          error={errors.type}
          onChange={(type) => setDraft((current) => ({ ...current, type: isGroupType(type) ? type : "" }))}
        >
          <option value="">{t("common.choose")}</option>
          {GROUP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`groupType.${type}`)}
            </option>
          ))}
        </SelectField>
        {chooseWard && (
          <div>
            <WardSelect
              id="group-form-ward"
              name="wardCode"
              label={t("communityGroup.ward")}
              value={draft.wardCode}
              emptyLabel={t("common.choose")}
              onChange={(event) => {
                const wardCode = event.currentTarget.value;
                setDraft((current) => ({ ...current, wardCode }));
              }}
            />
            {errors.wardCode && <p className="field-error">{errors.wardCode}</p>}
          </div>
        )}
      </div>
      <TextInputField
        name="name"
        label={t("communityGroup.name")}
        value={draft.name}
        onChange={set("name")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="nameKana"
        label={t("communityGroup.nameKana")}
        hint={t("communityGroup.nameKanaHint")}
        value={draft.nameKana}
        onChange={set("nameKana")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="schoolDistrict"
        label={t("communityGroup.schoolDistrict")}
        value={draft.schoolDistrict}
        onChange={set("schoolDistrict")}
        maxLength={50}
        className="md:max-w-md"
      />

      <section aria-labelledby="group-form-areas" className="flex flex-col gap-4">
        <h2 id="group-form-areas" className="section-title mb-0">
          {t("communityGroup.areas")}
        </h2>
        {draft.areas.length === 0 && <p className="text-std-16N-170">{t("communityGroup.noAreas")}</p>}
        <ul className="flex flex-col gap-4">
          {draft.areas.map((row, index) => (
            <AreaField
              key={row.key}
              row={row}
              index={index}
              error={errors[`activityAreas[${index}]`]}
              onChange={(next) =>
                setDraft((current) => ({
                  ...current,
                  areas: current.areas.map((area) => (area.key === next.key ? next : area)),
                }))
              }
              onRemove={() => {
                setDraft((current) => ({ ...current, areas: current.areas.filter((area) => area.key !== row.key) }));
                focusAfter("group-form-add-area");
              }}
            />
          ))}
        </ul>
        <p>
          <button id="group-form-add-area" type="button" className="btn-secondary" onClick={addArea}>
            {t("communityGroup.addArea")}
          </button>
        </p>
      </section>

      <section aria-labelledby="group-form-officers" className="flex flex-col gap-4">
        <h2 id="group-form-officers" className="section-title mb-0">
          {t("communityGroup.officers")}
        </h2>
        {draft.officers.length === 0 && <p className="text-std-16N-170">{t("communityGroup.noOfficers")}</p>}
        {draft.officers.map((row, index) => (
          <OfficerFields
            key={row.key}
            row={row}
            index={index}
            errors={errors}
            onChange={(next) =>
              setDraft((current) => ({
                ...current,
                officers: current.officers.map((officer) => (officer.key === next.key ? next : officer)),
              }))
            }
            onRemove={() => {
              setDraft((current) => ({
                ...current,
                officers: current.officers.filter((officer) => officer.key !== row.key),
              }));
              focusAfter("group-form-add-officer");
            }}
          />
        ))}
        <p>
          <button id="group-form-add-officer" type="button" className="btn-secondary" onClick={addOfficer}>
            {t("communityGroup.addOfficer")}
          </button>
        </p>
      </section>

      <section aria-labelledby="group-form-contact" className="flex flex-col gap-4">
        <h2 id="group-form-contact" className="section-title mb-0">
          {t("communityGroup.contact")}
        </h2>
        <p className="max-w-3xl text-std-16N-170">{t("communityGroup.contactFormIntro")}</p>
        {mode === "edit" && (
          <div className="flex items-center gap-3">
            <input
              id="group-form-replace-contact"
              type="checkbox"
              checked={draft.replaceContact}
              onChange={(event) => {
                const replaceContact = event.currentTarget.checked;
                setDraft((current) => ({ ...current, replaceContact }));
              }}
              className="size-6"
            />
            <label htmlFor="group-form-replace-contact" className="text-std-16N-170">
              {t("communityGroup.replaceContact")}
            </label>
          </div>
        )}
        {draft.replaceContact && (
          <div className="grid gap-4 md:grid-cols-2">
            <TextInputField
              name="representativeName"
              label={t("communityGroup.representativeName")}
              value={draft.representativeName}
              onChange={set("representativeName")}
              maxLength={100}
            />
            <TextInputField
              name="phone"
              label={t("communityGroup.phone")}
              value={draft.phone}
              onChange={set("phone")}
              maxLength={30}
            />
            <TextInputField
              name="address"
              label={t("communityGroup.address")}
              value={draft.address}
              onChange={set("address")}
              maxLength={300}
            />
            <TextInputField
              name="email"
              label={t("communityGroup.email")}
              value={draft.email}
              onChange={set("email")}
              maxLength={254}
            />
          </div>
        )}
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {mode === "create" ? t("communityGroup.create") : t("communityGroup.saveChanges")}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("communityGroup.cancel")}
        </button>
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}
