import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useOffices } from "../../api/organization";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { PagedResults } from "../../components/PagedResults";
import { WardSelectInput } from "../../components/WardSelectInput";
import { OFFICE_TYPES, isOfficeType, officeTypeLabelKey } from "../../lib/officeTypes";
import { useWardNames } from "../../lib/useWardNames";

const PAGE_SIZE = 50;

/** 施設の管理: every office by ward and type, each opened to edit; a link to register one. */
export function OfficesAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.offices.title"));
  const localName = useLocalName();
  const wardName = useWardNames();
  const [params, setParams] = useSearchParams();
  const ward = params.get("ward") ?? "";
  const typeParam = params.get("type");
  const type = isOfficeType(typeParam) ? typeParam : undefined;
  const [page, setPage] = useState(1);
  const offices = useOffices({ ward: ward || undefined, type, page: page - 1, size: PAGE_SIZE });

  function choose(name: "ward" | "type", value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
    setPage(1);
  }

  return (
    <>
      <h1 className="page-title">{t("admin.offices.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.offices.lead")}</p>
      <p className="mb-6">
        <Link to="/admin/offices/new" className="btn-primary">
          {t("admin.offices.newLink")}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap gap-4">
        <div className="field">
          <label htmlFor="admin-offices-ward" className="field-label">
            {t("admin.offices.ward")}
          </label>
          <WardSelectInput
            id="admin-offices-ward"
            value={ward}
            onChange={(event) => choose("ward", event.currentTarget.value)}
            className="field-input"
            emptyLabel={t("office.allWards")}
            keep={ward}
          />
        </div>
        <div className="field">
          <label htmlFor="admin-offices-type" className="field-label">
            {t("admin.offices.type")}
          </label>
          <select
            id="admin-offices-type"
            value={type ?? ""}
            onChange={(event) => choose("type", event.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("office.allTypes")}</option>
            {OFFICE_TYPES.map((choice) => (
              <option key={choice} value={choice}>
                {t(officeTypeLabelKey(choice))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PagedResults
        query={offices}
        page={page}
        onPage={setPage}
        empty={t("admin.offices.empty")}
        total={(count) => t("admin.total", { count })}
      >
        {(items) => (
          <div className="overflow-x-auto">
            <table className="data-table">
              <caption className="sr-only">{t("admin.offices.listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.offices.nameJa")}</th>
                  <th scope="col">{t("admin.offices.ward")}</th>
                  <th scope="col">{t("admin.offices.type")}</th>
                  <th scope="col">{t("admin.offices.address")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((office) => (
                  <tr key={office.id}>
                    <th scope="row">
                      <Link to={`/admin/offices/${office.id}`} className="link">
                        {localName(office)}
                      </Link>
                    </th>
                    <td>{wardName(office.wardCode)}</td>
                    <td>{t(officeTypeLabelKey(office.type))}</td>
                    <td>{office.address}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </>
  );
}
