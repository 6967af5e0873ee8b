import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAvailabilityMatrix } from "../../api/counter";
import { useAllOffices, useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LEVELS, LEVEL_SYMBOLS, isLevel, levelLabelKey } from "../../components/levels";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useNotice } from "../../components/PageNotice";
import { SaveError } from "../../components/SaveError";
import { ScrollFrame } from "../../components/ScrollFrame";
import { useProcedureAvailability, useReplaceAvailability } from "./api";
import { type OfferRow, offerRows, toAvailabilityInput } from "./availabilityRows";

interface RowProps {
  row: OfferRow;
  columnIds: Record<"level" | "conditionsJa" | "conditionsEn" | "residentsOnly" | "feeYen" | "feeNote", string>;
  onChange: (row: OfferRow) => void;
}

function OfferRowView({ row, columnIds, onChange }: RowProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const rowId = useId();
  const labelled = (column: keyof RowProps["columnIds"]) => `${rowId} ${columnIds[column]}`;
  const offered = row.level !== "NONE";
  return (
    <tr data-place={row.place.key}>
      <th scope="row" id={rowId} className="min-w-40">
        {localName(row.place)}
      </th>
      <td>
        <select
          aria-labelledby={labelled("level")}
          value={row.level}
          onChange={(event) => {
            const level = event.currentTarget.value;
            if (isLevel(level)) onChange({ ...row, level });
          }}
          className="field-input min-h-10 py-1"
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_SYMBOLS[level]} {t(levelLabelKey(level))}
            </option>
          ))}
        </select>
      </td>
      {offered ? (
        <>
          <td>
            <div className="grid gap-2">
              <input
                type="text"
                aria-labelledby={labelled("conditionsJa")}
                value={row.conditionsJa}
                maxLength={1000}
                onChange={(event) => onChange({ ...row, conditionsJa: event.currentTarget.value })}
                className="field-input min-h-10 w-full py-1"
              />
              <input
                type="text"
                lang="en"
                aria-labelledby={labelled("conditionsEn")}
                value={row.conditionsEn}
                maxLength={1000}
                onChange={(event) => onChange({ ...row, conditionsEn: event.currentTarget.value })}
                className="field-input min-h-10 w-full py-1"
              />
            </div>
          </td>
          <td className="text-center">
            <input
              type="checkbox"
              aria-labelledby={labelled("residentsOnly")}
              checked={row.residentsOnly}
              onChange={(event) => onChange({ ...row, residentsOnly: event.currentTarget.checked })}
              className="size-6"
            />
          </td>
          <td>
            <div className="grid gap-2">
              <input
                type="text"
                inputMode="numeric"
                pattern="[0-9]{1,7}"
                aria-labelledby={labelled("feeYen")}
                value={row.feeYen}
                onChange={(event) => onChange({ ...row, feeYen: event.currentTarget.value })}
                className="field-input min-h-10 w-28 py-1"
              />
              <input
                type="text"
                aria-labelledby={labelled("feeNote")}
                value={row.feeNote}
                maxLength={500}
                onChange={(event) => onChange({ ...row, feeNote: event.currentTarget.value })}
                className="field-input min-h-10 w-full py-1"
              />
            </div>
          </td>
        </>
      ) : (
        <td colSpan={3} className="text-solid-gray-700">
          {t("availabilityEditor.notOffered")}
        </td>
      )}
    </tr>
  );
}

interface AvailabilityFormProps {
  initialRows: OfferRow[];
  onSave: (rows: OfferRow[]) => void;
  pending: boolean;
}

function AvailabilityForm({ initialRows, onSave, pending }: AvailabilityFormProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: wards } = useWards();
  const [rows, setRows] = useState(initialRows);
  const base = useId();
  const columnIds = {
    level: `${base}-level`,
    conditionsJa: `${base}-conditions-ja`,
    conditionsEn: `${base}-conditions-en`,
    residentsOnly: `${base}-residents`,
    feeYen: `${base}-fee`,
    feeNote: `${base}-fee-note`,
  };
  const groups = [
    ...(wards ?? []).map((ward) => ({
      key: ward.code,
      label: localName(ward),
      rows: rows.filter((row) => row.place.kind === "OFFICE" && row.place.wardCode === ward.code),
    })),
    {
      key: "other-offices",
      label: t("availabilityEditor.otherOffices"),
      rows: rows.filter(
        (row) => row.place.kind === "OFFICE" && !(wards ?? []).some((ward) => ward.code === row.place.wardCode),
      ),
    },
    { key: "channels", label: t("finder.channels"), rows: rows.filter((row) => row.place.kind === "CHANNEL") },
  ].filter((group) => group.rows.length > 0);

  function change(next: OfferRow) {
    setRows((current) => current.map((row) => (row.place.key === next.place.key ? next : row)));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSave(rows);
  }

  return (
    <form onSubmit={handleSubmit} aria-labelledby="availability-heading">
      <p className="mb-2 text-std-16B-170" role="status">
        {t("availabilityEditor.offeredCount", { count: rows.filter((row) => row.level !== "NONE").length })}
      </p>
      <ScrollFrame label={t("availabilityEditor.caption")}>
        <table className="data-table">
          <caption className="sr-only">{t("availabilityEditor.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="min-w-40">
                {t("finder.place")}
              </th>
              <th scope="col" id={columnIds.level} className="min-w-44">
                {t("finder.level")}
              </th>
              {/* each of these columns holds two fields, one above the other, named in the same order */}
              <th scope="col" className="min-w-64">
                <span id={columnIds.conditionsJa} className="block">
                  {t("availabilityEditor.conditionsJa")}
                </span>
                <span id={columnIds.conditionsEn} className="block">
                  {t("availabilityEditor.conditionsEn")}
                </span>
              </th>
              <th scope="col" id={columnIds.residentsOnly} className="w-24">
                {t("availabilityEditor.residentsOnly")}
              </th>
              <th scope="col" className="min-w-56">
                <span id={columnIds.feeYen} className="block">
                  {t("availabilityEditor.feeYen")}
                </span>
                <span id={columnIds.feeNote} className="block">
                  {t("availabilityEditor.feeNote")}
                </span>
              </th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              <tr>
                <th scope="colgroup" colSpan={5} className="bg-solid-gray-100 text-dns-16B-130">
                  {group.label}
                </th>
              </tr>
              {group.rows.map((row) => (
                <OfferRowView key={row.place.key} row={row} columnIds={columnIds} onChange={change} />
              ))}
            </tbody>
          ))}
        </table>
      </ScrollFrame>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary" aria-disabled={pending}>
          {t("availabilityEditor.save")}
        </button>
        {pending && (
          <p role="status" className="text-std-16N-170">
            {t("common.saving")}
          </p>
        )}
      </div>
    </form>
  );
}

interface AvailabilityEditorProps {
  procedure: Schema<"Procedure">;
  /** Reads the procedure again (for its current version) after someone else changed it. */
  onReloadProcedure: () => Promise<unknown>;
}

/** Each saved offer with whether it keeps its own, narrower hours, and a link to set them. */
function OwnHours({ code, offers }: { code: string; offers: Schema<"Offer">[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <section aria-labelledby="own-hours-heading" className="mt-8">
      <h3 id="own-hours-heading" className="text-std-20B-150">
        {t("availabilityEditor.ownHoursTitle")}
      </h3>
      <p className="mb-2 max-w-3xl text-std-16N-170">{t("availabilityEditor.ownHoursIntro")}</p>
      {offers.length === 0 ? (
        <p className="text-std-16N-170">{t("availabilityEditor.noOffers")}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-std-16N-170">
          {offers.map((offer) => (
            <li key={offer.place.key} className="flex flex-wrap gap-x-4">
              <Link
                to={`/staff/procedures/${encodeURIComponent(code)}/hours/${encodeURIComponent(offer.place.key)}`}
                className="link"
              >
                {t("availabilityEditor.setHours", { place: localName(offer.place) })}
              </Link>
              <span className={offer.ownHours ? "status-badge" : "text-solid-gray-700"}>
                {offer.ownHours ? t("availabilityEditor.ownHours") : t("availabilityEditor.placeHours")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the procedure is offered: one line per office and channel; saving replaces the whole set. */
export function AvailabilityEditor({ procedure, onReloadProcedure }: AvailabilityEditorProps) {
  const { t } = useTranslation();
  const offices = useAllOffices();
  // The rows are grouped by ward: wait for the wards so that no row moves while someone is editing it.
  const wards = useWards();
  const matrix = useAvailabilityMatrix({ category: procedure.categoryCode });
  const availability = useProcedureAvailability(procedure.code);
  const replace = useReplaceAvailability(procedure.code);
  const [formKey, setFormKey] = useState(0);
  // The offers as read again after a conflict (the query's own data may not have caught up yet).
  const [reloaded, setReloaded] = useState<Schema<"ProcedureAvailability"> | undefined>(undefined);
  const notice = useNotice();
  const queries = [offices, wards, matrix, availability];
  const failed = queries.find((query) => query.isError);

  async function reload() {
    replace.reset();
    const [, read] = await Promise.all([onReloadProcedure(), availability.refetch()]);
    setReloaded(read.data);
    setFormKey((key) => key + 1);
  }

  const channels: Schema<"Place">[] = (matrix.data?.places ?? []).filter((place) => place.kind === "CHANNEL");

  return (
    <section aria-labelledby="availability-heading" className="mt-10">
      <h2 id="availability-heading" className="section-title">
        {t("availabilityEditor.title")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("availabilityEditor.intro")}</p>
      {replace.isError && <SaveError error={replace.error} onReload={() => void reload()} />}
      {failed?.error && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && queries.some((query) => query.isPending) && <LoadingStatus />}
      {offices.isSuccess && wards.isSuccess && matrix.isSuccess && availability.isSuccess && (
        <AvailabilityForm
          key={formKey}
          initialRows={offerRows(offices.data, channels, (reloaded ?? availability.data).offers)}
          pending={replace.isPending}
          onSave={(rows) => {
            notice.dismiss();
            replace.mutate(
              { input: toAvailabilityInput(rows), version: procedure.version },
              { onSuccess: () => notice.show(t("availabilityEditor.saved")) },
            );
          }}
        />
      )}
      {availability.isSuccess && <OwnHours code={procedure.code} offers={availability.data.offers} />}
    </section>
  );
}
