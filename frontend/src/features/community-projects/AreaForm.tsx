import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { SelectField, TextInputField } from "../../components/FormFields";
import { useAreas, useCommunityFacilities } from "./api";
import { AREA_KINDS, type AreaDraft, isAreaKind, toAreaInput } from "./areaDraft";

/**
 * An area's name and reading, and as its kind asks: the community centre or hall whose area it is, or the centre's
 * area a school district belongs to. The kind is chosen when the area is added and stays.
 */
export function AreaForm({
  idPrefix,
  wardCode,
  initial,
  kindFixed,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  idPrefix: string;
  wardCode: string;
  initial: AreaDraft;
  kindFixed: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Schema<"CommunityAreaInput">) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [draft, setDraft] = useState(initial);
  const errors = fieldErrorsOf(error);
  const centreArea = draft.kind === "COMMUNITY_CENTER";
  const facilities = useCommunityFacilities(centreArea ? wardCode : undefined);
  const centres = useAreas({ ward: wardCode, kind: "COMMUNITY_CENTER", page: 0, size: 100 }, !centreArea);
  const set = (field: "name" | "nameKana" | "officeId" | "centreId") => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit(toAreaInput(draft, wardCode));
  }

  return (
    <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
      {!kindFixed && (
        <SelectField
          id={`${idPrefix}-kind`}
          label={t("area.kindField")}
          required
          error={errors.kind}
          value={draft.kind}
          onChange={(kind) => {
            if (isAreaKind(kind)) setDraft((current) => ({ ...current, kind, officeId: "", centreId: "" }));
          }}
        >
          {AREA_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`areaKind.${kind}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextInputField
        name="name"
        label={t("area.nameField")}
        value={draft.name}
        onChange={set("name")}
        hint={t("area.nameHint")}
        isRequired
        maxLength={50}
      />
      <TextInputField
        name="nameKana"
        label={t("area.nameKana")}
        value={draft.nameKana}
        onChange={set("nameKana")}
        hint={t("area.nameKanaHint")}
        isRequired
        maxLength={100}
      />
      {centreArea ? (
        <SelectField
          id={`${idPrefix}-office`}
          label={t("area.officeField")}
          required
          error={errors.officeId}
          value={draft.officeId}
          onChange={set("officeId")}
        >
          <option value="">{t("common.choose")}</option>
          {(facilities.data ?? []).map((office) => (
            <option key={office.id} value={String(office.id)}>
              {localName(office)}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          id={`${idPrefix}-centre`}
          label={t("area.centreField")}
          hint={t("area.centreHint")}
          error={errors.centreId}
          value={draft.centreId}
          onChange={set("centreId")}
        >
          <option value="">{t("area.noCentre")}</option>
          {(centres.data?.items ?? []).map((centre) => (
            <option key={centre.id} value={String(centre.id)}>
              {centre.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {submitLabel}
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
