import { type FormEvent, useState } from "react";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { fieldErrorsOf, wholeList } from "../../api/fieldErrors";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { DetailList } from "../../components/DetailList";
import { CheckboxGroup, DateField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { todayInKumamoto, useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useArea, useAssignLiaisons, useUpdateArea, useWardLiaisons } from "./api";
import { AreaForm } from "./AreaForm";
import { areaDraftOf, openLiaisons, periodState, toggled } from "./areaDraft";
import type { AreaLocationState } from "./AreasPage";

/** Who looks after the area from a day on: the ward's liaison staff to tick, and the day. */
function AssignForm({
  area,
  onSaved,
  onReload,
}: {
  area: Schema<"CommunityArea">;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const liaisons = useWardLiaisons(area.wardCode);
  const assign = useAssignLiaisons(area.id);
  const [chosen, setChosen] = useState(() => openLiaisons(area));
  const [from, setFrom] = useState(todayInKumamoto());
  const errors = fieldErrorsOf(assign.error, wholeList);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    assign.mutate(
      { input: { liaisons: chosen, from: from || undefined }, version: area.version },
      { onSuccess: onSaved },
    );
  }

  return (
    <section aria-labelledby="area-assign" className="mt-10">
      <h2 id="area-assign" className="section-title">
        {t("area.assignTitle")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("area.assignIntro")}</p>
      {assign.isError && <SaveError error={assign.error} onReload={onReload} />}
      <Form onSubmit={handleSubmit} validationErrors={errors} className="flex max-w-3xl flex-col gap-6">
        <CheckboxGroup
          id="area-assign-liaisons"
          legend={t("area.assignLiaisons")}
          hint={t("area.assignHint")}
          error={errors.liaisons}
          loading={liaisons.isPending}
          loadingText={t("area.loadingLiaisons")}
          failure={liaisons.error}
          empty={t("area.noWardLiaisons")}
          options={(liaisons.data ?? []).map((liaison) => ({
            value: liaison.username,
            label: liaison.displayName,
            checked: chosen.includes(liaison.username),
            onChange: (checked) => setChosen((current) => toggled(current, liaison.username, checked)),
          }))}
        />
        <DateField
          id="area-assign-from"
          label={t("area.from")}
          hint={t("area.fromHint")}
          error={errors.from}
          value={from}
          onChange={setFrom}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary" aria-disabled={assign.isPending}>
            {t("area.assign")}
          </button>
          {assign.isPending && (
            <p role="status" className="text-std-16N-170">
              {t("common.saving")}
            </p>
          )}
        </div>
      </Form>
    </section>
  );
}

function History({ area }: { area: Schema<"CommunityArea"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const today = todayInKumamoto();
  return (
    <section aria-labelledby="area-history" className="mt-10">
      <h2 id="area-history" className="section-title">
        {t("area.history")}
      </h2>
      {area.history.length === 0 ? (
        <p className="notice">{t("area.historyEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("area.history")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("area.liaison")}</th>
                <th scope="col">{t("area.period")}</th>
                <th scope="col">{t("area.state")}</th>
                <th scope="col">{t("area.assignedBy")}</th>
                <th scope="col">{t("area.endedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {area.history.map((period) => (
                <tr key={`${period.username}-${period.from}`}>
                  <th scope="row">{period.displayName}</th>
                  <td>
                    {period.to
                      ? t("area.periodRange", { from: dates.date(period.from), to: dates.date(period.to) })
                      : t("area.periodOpen", { from: dates.date(period.from) })}
                  </td>
                  <td>
                    <span className="status-badge">{t(`area.${periodState(period, today)}`)}</span>
                  </td>
                  <td>{period.assignedBy}</td>
                  <td>{period.endedBy ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AreaDetail({ area, onReload }: { area: Schema<"CommunityArea">; onReload: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const dates = useDateFormats();
  const created = (useLocation().state as AreaLocationState | null)?.created;
  const update = useUpdateArea(area.id);
  const [message, setMessage] = useState(created ? t("area.created") : "");
  // A save gives the form the area as saved, so that it starts again from what the server holds.
  const [formKey, setFormKey] = useState(0);
  const saved = (text: string) => () => {
    setMessage(text);
    setFormKey((key) => key + 1);
  };

  return (
    <>
      <h1 className="page-title">{area.name}</h1>
      <div role="status">{message && <p className="notice">{message}</p>}</div>
      <section aria-labelledby="area-details" className="mt-6">
        <h2 id="area-details" className="section-title">
          {t("area.details")}
        </h2>
        <DetailList
          items={[
            { label: t("area.ward"), value: wardName(area.wardCode) },
            { label: t("area.kind"), value: t(`areaKind.${area.kind}`) },
            { label: t("area.nameKana"), value: area.nameKana },
            { label: t("area.office"), value: area.office ? localName(area.office) : null },
            {
              label: t("area.centre"),
              value: area.centre ? (
                <Link to={`/community/areas/${area.centre.id}`} className="link">
                  {area.centre.name}
                </Link>
              ) : null,
            },
            {
              label: t("area.liaisons"),
              value:
                area.liaisons.length === 0 ? (
                  t("area.none")
                ) : (
                  <ul>
                    {area.liaisons.map((liaison) => (
                      <li key={`${liaison.username}-${liaison.from}`}>
                        {liaison.displayName}（
                        {liaison.to
                          ? t("area.periodRange", { from: dates.date(liaison.from), to: dates.date(liaison.to) })
                          : t("area.periodOpen", { from: dates.date(liaison.from) })}
                        ）
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
        {area.kind === "COMMUNITY_CENTER" && (
          <>
            <h3 className="mt-6 text-std-18B-160">{t("area.districts")}</h3>
            {area.districts.length === 0 ? (
              <p className="text-std-16N-170">{t("area.noDistricts")}</p>
            ) : (
              <ul className="list-disc pl-6 text-std-16N-170">
                {area.districts.map((district) => (
                  <li key={district.id}>
                    <Link to={`/community/areas/${district.id}`} className="link">
                      {district.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {area.editable ? (
        <AssignForm key={`assign-${formKey}`} area={area} onSaved={saved(t("area.assigned"))} onReload={onReload} />
      ) : (
        <p className="notice mt-10">{t("area.notAllowed")}</p>
      )}
      <History area={area} />
      {area.editable && (
        <section aria-labelledby="area-edit" className="mt-10">
          <h2 id="area-edit" className="section-title">
            {t("area.editTitle")}
          </h2>
          {update.isError && <SaveError error={update.error} onReload={onReload} />}
          <AreaForm
            key={`edit-${formKey}`}
            idPrefix="area-edit"
            wardCode={area.wardCode}
            initial={areaDraftOf(area)}
            kindFixed
            submitLabel={t("area.save")}
            pending={update.isPending}
            error={update.error}
            onSubmit={(input) => update.mutate({ input, version: area.version }, { onSuccess: saved(t("area.saved")) })}
          />
        </section>
      )}
      <p className="mt-10">
        <Link to="/community/areas" className="link">
          {t("area.backToList")}
        </Link>
      </p>
    </>
  );
}

/** 担当地域: an area with who looks after it and since when; the ward's staff assign its liaison staff here. */
export function AreaPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useArea(id, valid)}
      valid={valid}
      title={t("area.listTitle")}
      titleOf={(area) => area.name}
      notFoundTitle={t("area.notFound")}
      back={{ to: "/community/areas", label: t("area.backToList") }}
    >
      {(area, reload) => <AreaDetail area={area} onReload={reload} />}
    </RecordPage>
  );
}
