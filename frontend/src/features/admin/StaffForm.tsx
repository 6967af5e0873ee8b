import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { useBureaus } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { SelectField, TextInputField } from "../../components/FormFields";
import { WardSelectInput } from "../../components/WardSelectInput";
import { roleLabelKey } from "../../lib/auth/roles";
import { RequiredMark } from "../../components/FormFields";
import { STAFF_ROLES, type StaffDraft, affiliationOf, isStaffRole, toStaffInput } from "./staffDraft";

interface StaffFormProps {
  initial: StaffDraft;
  /** A new account: the username can be chosen and a first password is needed. */
  isNew: boolean;
  /** The account's active state, sent unchanged (deactivating has its own confirmed button). */
  active: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"StaffInput">) => void;
}

/** An account's name, role and affiliation: a ward for ward roles, a bureau (and section) for HQ staff, none for admins. */
export function StaffForm({ initial, isNew, active, submitLabel, pending, error, onSubmit }: StaffFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: bureaus } = useBureaus();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);
  const affiliation = affiliationOf(draft.role);
  const sections = bureaus?.find((bureau) => bureau.code === draft.bureauCode)?.sections ?? [];
  const set = (field: keyof StaffDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    onSubmit(toStaffInput(draft, active));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
      <TextInputField
        name="username"
        label={t("admin.staff.username")}
        value={draft.username}
        onChange={set("username")}
        hint={isNew ? t("admin.staff.usernameHint") : t("admin.staff.usernameFixed")}
        isRequired={isNew}
        isReadOnly={!isNew}
        pattern="[a-z0-9._\-]{3,50}"
        maxLength={50}
        autoComplete="off"
        lang="en"
      />
      <TextInputField
        name="displayName"
        label={t("admin.staff.displayName")}
        value={draft.displayName}
        onChange={set("displayName")}
        isRequired
        maxLength={100}
        autoComplete="off"
      />
      <SelectField
        id="staff-role"
        label={t("admin.staff.role")}
        required
        error={errors.role}
        value={draft.role}
        onChange={(value) => {
          if (isStaffRole(value)) setDraft((current) => ({ ...current, role: value }));
        }}
      >
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(roleLabelKey(role))}
          </option>
        ))}
      </SelectField>
      {affiliation === "ward" && (
        <div className="field">
          <label htmlFor="staff-ward" className="field-label">
            {t("admin.staff.ward")}
            <RequiredMark />
          </label>
          <WardSelectInput
            id="staff-ward"
            name="wardCode"
            required
            value={draft.wardCode}
            onChange={(event) => set("wardCode")(event.currentTarget.value)}
            aria-invalid={errors.wardCode ? true : undefined}
            aria-describedby={errors.wardCode ? "staff-ward-error" : undefined}
            className="field-input"
            emptyLabel={t("admin.staff.choose")}
            keep={draft.wardCode}
          />
          {errors.wardCode && (
            <p id="staff-ward-error" className="field-error">
              {errors.wardCode}
            </p>
          )}
        </div>
      )}
      {affiliation === "bureau" && (
        <>
          <SelectField
            id="staff-bureau"
            label={t("admin.staff.bureau")}
            required
            error={errors.bureauCode}
            value={draft.bureauCode}
            onChange={(value) => setDraft((current) => ({ ...current, bureauCode: value, sectionCode: "" }))}
          >
            <option value="">{t("admin.staff.choose")}</option>
            {bureaus?.map((bureau) => (
              <option key={bureau.code} value={bureau.code}>
                {localName(bureau)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="staff-section"
            label={t("admin.staff.section")}
            hint={t("admin.staff.sectionHint")}
            error={errors.sectionCode}
            value={draft.sectionCode}
            onChange={set("sectionCode")}
          >
            <option value="">{t("admin.staff.noSection")}</option>
            {sections.map((section) => (
              <option key={section.code} value={section.code}>
                {localName(section)}
              </option>
            ))}
          </SelectField>
        </>
      )}
      {affiliation === "none" && <p className="field-hint">{t("admin.staff.adminHasNoAffiliation")}</p>}
      {isNew && (
        <TextInputField
          name="password"
          label={t("admin.staff.firstPassword")}
          value={draft.password}
          onChange={set("password")}
          hint={t("admin.staff.firstPasswordHint")}
          isRequired
          maxLength={128}
          autoComplete="new-password"
        />
      )}
      <div>
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
