import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf, wholeList } from "../../api/fieldErrors";
import { useWards } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CheckboxGroup, RequiredMark, TextInputField } from "../../components/FormFields";
import { useCommunityFacilities, useWardGroups, useWardLiaisons } from "./api";
import { type ProjectDraft, toProjectInput, toggled } from "./projectDraft";
import type { Schema } from "../../api/schemas";
import { PROJECT_VISIBILITIES } from "./projectEnums";

interface ProjectFormProps {
  initial: ProjectDraft;
  /** Administrators choose the ward when starting a project; it never changes afterwards. */
  chooseWard: boolean;
  /** Lead groups and liaison staff are chosen by the ward's WARD staff and administrators only. */
  mayReassign: boolean;
  mode: "create" | "edit";
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"CommunityProjectInput">) => void;
  onCancel?: () => void;
}

/** A project's title, district, summary, visibility, base facility, and (for those who assign) groups and staff. */
export function ProjectForm({
  initial,
  chooseWard,
  mayReassign,
  mode,
  pending,
  error,
  onSubmit,
  onCancel,
}: ProjectFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [draft, setDraft] = useState(initial);
  const ward = draft.wardCode || undefined;
  const { data: wards } = useWards();
  const facilities = useCommunityFacilities(ward);
  const groups = useWardGroups(mayReassign ? ward : undefined);
  const liaisons = useWardLiaisons(mayReassign ? ward : undefined);
  const errors = fieldErrorsOf(error, wholeList);
  const set = (field: "schoolDistrict" | "title" | "summary") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toProjectInput(draft));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex flex-col gap-6">
      {chooseWard && (
        <div className="field">
          <label htmlFor="project-form-ward" className="field-label">
            {t("project.ward")}
            <RequiredMark />
          </label>
          <select
            id="project-form-ward"
            required
            value={draft.wardCode}
            onChange={(event) => {
              const wardCode = event.currentTarget.value;
              // Links belong to the project's ward: a new ward starts them afresh.
              setDraft((current) => ({ ...current, wardCode, baseOfficeId: "", groupIds: [], liaisons: [] }));
            }}
            aria-invalid={errors.wardCode ? true : undefined}
            aria-describedby={errors.wardCode ? "project-form-ward-error" : undefined}
            className="field-input"
          >
            <option value="">{t("common.choose")}</option>
            {wards?.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {localName(candidate)}
              </option>
            ))}
          </select>
          {errors.wardCode && (
            <p id="project-form-ward-error" className="field-error">
              {errors.wardCode}
            </p>
          )}
        </div>
      )}
      <TextInputField
        name="title"
        label={t("project.titleField")}
        value={draft.title}
        onChange={set("title")}
        isRequired
        maxLength={200}
      />
      <TextInputField
        name="schoolDistrict"
        label={t("project.schoolDistrict")}
        value={draft.schoolDistrict}
        onChange={set("schoolDistrict")}
        hint={t("project.schoolDistrictHint")}
        maxLength={50}
        className="md:max-w-md"
      />
      <TextInputField
        name="summary"
        label={t("project.summary")}
        value={draft.summary}
        onChange={set("summary")}
        isRequired
        multiline
        rows={5}
        maxLength={8000}
      />
      <fieldset className="field" aria-describedby="project-form-visibility-hint">
        <legend className="field-label">
          {t("project.visibility")}
          <RequiredMark />
        </legend>
        <p id="project-form-visibility-hint" className="field-hint">
          {t("project.visibilityHint")}
        </p>
        <div className="flex flex-wrap gap-6">
          {PROJECT_VISIBILITIES.map((visibility) => (
            <label key={visibility} className="flex min-h-11 items-center gap-2 text-std-16N-170">
              <input
                type="radio"
                name="visibility"
                value={visibility}
                checked={draft.visibility === visibility}
                onChange={() => setDraft((current) => ({ ...current, visibility }))}
                className="size-5"
              />
              {t(`projectVisibility.${visibility}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="project-form-office" className="field-label">
          {t("project.baseOffice")}
        </label>
        <select
          id="project-form-office"
          value={draft.baseOfficeId}
          onChange={(event) => {
            const baseOfficeId = event.currentTarget.value;
            setDraft((current) => ({ ...current, baseOfficeId }));
          }}
          aria-invalid={errors.baseOfficeId ? true : undefined}
          aria-describedby={
            errors.baseOfficeId ? "project-form-office-hint project-form-office-error" : "project-form-office-hint"
          }
          className="field-input"
        >
          <option value="">{t("project.noBaseOffice")}</option>
          {facilities.data?.map((office) => (
            <option key={office.id} value={office.id}>
              {localName(office)}
            </option>
          ))}
        </select>
        <p id="project-form-office-hint" className="field-hint">
          {t("project.baseOfficeHint")}
        </p>
        {errors.baseOfficeId && (
          <p id="project-form-office-error" className="field-error">
            {errors.baseOfficeId}
          </p>
        )}
        {facilities.isError && <ErrorMessage error={facilities.error} />}
      </div>
      {mayReassign && ward && (
        <>
          <CheckboxGroup
            id="project-form-groups"
            legend={t("project.groups")}
            hint={t("project.groupsHint")}
            error={errors.groupIds}
            loading={groups.isPending}
            loadingText={t("project.loadingChoices")}
            failure={groups.error}
            empty={t("project.noWardGroups")}
            options={(groups.data?.items ?? []).map((group) => ({
              value: String(group.id),
              label: group.name,
              checked: draft.groupIds.includes(group.id),
              onChange: (checked) =>
                setDraft((current) => ({ ...current, groupIds: toggled(current.groupIds, group.id, checked) })),
            }))}
          />
          <CheckboxGroup
            id="project-form-liaisons"
            legend={t("project.liaisons")}
            hint={t("project.liaisonsHint")}
            error={errors.liaisons}
            loading={liaisons.isPending}
            loadingText={t("project.loadingChoices")}
            failure={liaisons.error}
            empty={t("project.noWardLiaisons")}
            options={(liaisons.data ?? []).map((liaison) => ({
              value: liaison.username,
              label: liaison.displayName,
              checked: draft.liaisons.includes(liaison.username),
              onChange: (checked) =>
                setDraft((current) => ({
                  ...current,
                  liaisons: toggled(current.liaisons, liaison.username, checked),
                })),
            }))}
          />
        </>
      )}
      {!mayReassign && <p className="notice">{t("project.reassignNote")}</p>}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {mode === "create" ? t("project.create") : t("project.saveChanges")}
        </button>
        {onCancel && (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t("project.cancel")}
          </button>
        )}
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </Form>
  );
}
