import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PagedResults } from "../../components/PagedResults";
import { WardSelectInput } from "../../components/WardSelectInput";
import { canManageArea } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useAreas, useCreateArea } from "./api";
import { AreaForm } from "./AreaForm";
import { AREA_KINDS, emptyAreaDraft, isAreaKind } from "./areaDraft";

const PAGE_SIZE = 100;

/** What the page was told after an area was added, to say so on the area's page. */
export interface AreaLocationState {
  created?: boolean;
}

function useLiaisonText() {
  const { t } = useTranslation();
  const dates = useDateFormats();
  return (liaison: Schema<"CommunityAreaLiaison">) => {
    const name = liaison.displayName;
    if (!liaison.current) return t("area.liaisonScheduled", { name, from: dates.date(liaison.from) });
    if (liaison.to) return t("area.liaisonUntil", { name, to: dates.date(liaison.to) });
    return t("area.liaisonSince", { name, from: dates.date(liaison.from) });
  };
}

function AreaTable({ areas, showWard }: { areas: Schema<"CommunityAreaSummary">[]; showWard: boolean }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const liaisonText = useLiaisonText();
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("area.results")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area.name")}</th>
            {showWard && <th scope="col">{t("area.ward")}</th>}
            <th scope="col">{t("area.kind")}</th>
            <th scope="col">{t("area.centre")}</th>
            <th scope="col">{t("area.liaisons")}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">
                <Link to={`/community/areas/${area.id}`} className="link">
                  {area.name}
                </Link>
              </th>
              {showWard && <td>{wardName(area.wardCode)}</td>}
              <td>{t(`areaKind.${area.kind}`)}</td>
              <td>{area.office ? localName(area.office) : (area.centre?.name ?? "")}</td>
              <td>
                {area.liaisons.length === 0 ? (
                  <span className="text-solid-gray-700">{t("area.none")}</span>
                ) : (
                  <ul>
                    {area.liaisons.map((liaison) => (
                      <li key={`${liaison.username}-${liaison.from}`}>{liaisonText(liaison)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewArea({ wardCode }: { wardCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateArea();
  return (
    <section aria-labelledby="area-new" className="mt-10">
      <h2 id="area-new" className="section-title">
        {t("area.newTitle")}
      </h2>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("area.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <AreaForm
        idPrefix="area-new"
        wardCode={wardCode}
        initial={emptyAreaDraft()}
        kindFixed={false}
        submitLabel={t("area.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (area) =>
              void navigate(`/community/areas/${area.id}`, { state: { created: true } satisfies AreaLocationState }),
          })
        }
      />
    </section>
  );
}

/** The ward (for those who may choose one) and the kind; applied when sent. */
function AreaFilterForm({
  ward,
  kind,
  onApply,
}: {
  ward: string | undefined;
  kind: string;
  onApply: (ward: string, kind: string) => void;
}) {
  const { t } = useTranslation();
  const [wardChoice, setWardChoice] = useState(ward ?? "");
  const [kindChoice, setKindChoice] = useState(kind);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(wardChoice, kindChoice);
  }

  return (
    <form onSubmit={apply} aria-label={t("area.filters")} className="mb-6 flex flex-wrap items-end gap-4">
      {ward !== undefined && (
        <div className="field">
          <label htmlFor="areas-ward" className="field-label">
            {t("area.ward")}
          </label>
          <WardSelectInput
            id="areas-ward"
            value={wardChoice}
            onChange={(event) => setWardChoice(event.currentTarget.value)}
            className="field-input"
            emptyLabel={t("area.allWards")}
            keep={wardChoice}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="areas-kind" className="field-label">
          {t("area.kind")}
        </label>
        <select
          id="areas-kind"
          value={kindChoice}
          onChange={(event) => setKindChoice(event.currentTarget.value)}
          className="field-input"
        >
          <option value="">{t("area.allKinds")}</option>
          {AREA_KINDS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`areaKind.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t("meeting.search")}
      </button>
    </form>
  );
}

/**
 * 地域担当の割当て: a ward's school districts and centres' areas with who looks after each; the ward's staff open an
 * area to assign its liaison staff, and add the areas missing. Administrators and HQ staff choose the ward.
 */
export function AreasPage() {
  const { t } = useTranslation();
  usePageTitle(t("area.listTitle"));
  const user = useSession()?.user;
  const [params, setParams] = useSearchParams();
  const ownWard = user?.role === "WARD" || user?.role === "LIAISON" ? user.ward?.code : undefined;
  const ward = ownWard ?? params.get("ward") ?? "";
  const kindParam = params.get("kind");
  const kind = isAreaKind(kindParam) ? kindParam : undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const areas = useAreas({ ward: ward || undefined, kind, page: page - 1, size: PAGE_SIZE });

  return (
    <>
      <h1 className="page-title">{t("area.listTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("area.intro")}</p>
      <AreaFilterForm
        key={`${ward}-${kind ?? ""}`}
        ward={ownWard ? undefined : ward}
        kind={kind ?? ""}
        onApply={(chosenWard, chosenKind) => {
          const next = new URLSearchParams();
          if (!ownWard && chosenWard) next.set("ward", chosenWard);
          if (chosenKind) next.set("kind", chosenKind);
          setParams(next);
        }}
      />
      <section aria-labelledby="areas-results">
        <h2 id="areas-results" className="section-title">
          {t("area.results")}
        </h2>
        <PagedResults
          query={areas}
          page={page}
          onPage={(next) => {
            const copy = new URLSearchParams(params);
            copy.set("page", String(next));
            setParams(copy);
          }}
          empty={t("area.empty")}
          total={(count) => t("area.total", { count })}
        >
          {(items) => <AreaTable areas={items} showWard={!ward} />}
        </PagedResults>
      </section>
      {ward && canManageArea(user, ward) && <NewArea key={ward} wardCode={ward} />}
    </>
  );
}
