import { type FormEvent, useState } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUrlFilters } from "../../lib/urlFilters";
import type { Schema } from "../../api/schemas";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { WardSelectInput } from "../../components/WardSelectInput";
import { roleLabelKey } from "../../lib/auth/roles";
import { formText } from "../../lib/formText";
import { useSectionNames } from "../../lib/useSectionNames";
import { useWardNames } from "../../lib/useWardNames";
import { useBureaus } from "../../api/organization";
import { useLocalName } from "../../app/useLocalName";
import { useStaffAccounts } from "./api";
import { STAFF_ROLES, type StaffFilters, isStaffRole, staffFiltersOf } from "./staffDraft";
import { StatusBadge } from "../../components/StatusBadge";

const PAGE_SIZE = 20;

function SearchForm({ filters, onApply }: { filters: StaffFilters; onApply: (f: Partial<StaffFilters>) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<string>(filters.role ?? "");
  const [ward, setWard] = useState(filters.ward);
  const [active, setActive] = useState<string>(filters.active);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      q: formText(new FormData(event.currentTarget), "q").trim(),
      role: isStaffRole(role) ? role : undefined,
      ward,
      active: active === "true" || active === "false" ? active : "",
    });
  }

  return (
    <form
      role="search"
      aria-labelledby="staff-filters"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="staff-filters" className="section-title mt-0">
        {t("admin.staff.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField key={filters.q} name="q" type="search" defaultValue={filters.q} className="field">
          <Label className="field-label">{t("admin.staff.keyword")}</Label>
          <Input className="field-input" />
        </TextField>
        <div className="field">
          <label htmlFor="staff-filter-role" className="field-label">
            {t("admin.staff.role")}
          </label>
          <select
            id="staff-filter-role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("admin.any")}</option>
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(roleLabelKey(option))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="staff-filter-ward" className="field-label">
            {t("admin.staff.ward")}
          </label>
          <WardSelectInput
            id="staff-filter-ward"
            value={ward}
            onChange={(e) => setWard(e.currentTarget.value)}
            className="field-input"
            emptyLabel={t("admin.any")}
            keep={ward}
          />
        </div>
        <div className="field">
          <label htmlFor="staff-filter-active" className="field-label">
            {t("admin.staff.state")}
          </label>
          <select
            id="staff-filter-active"
            value={active}
            onChange={(e) => setActive(e.currentTarget.value)}
            className="field-input"
          >
            <option value="">{t("admin.any")}</option>
            <option value="true">{t("admin.staff.activeOnly")}</option>
            <option value="false">{t("admin.staff.inactiveOnly")}</option>
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("admin.search")}
        </button>
        <Link to="/admin/staff" className="link">
          {t("admin.clearFilters")}
        </Link>
      </div>
    </form>
  );
}

/** Where an account belongs, in words: a ward, a bureau (and section), or nothing (administrators). */
export function useAffiliationText(): (account: Schema<"StaffAccount">) => string {
  const wardName = useWardNames();
  const sectionName = useSectionNames();
  const localName = useLocalName();
  const { data: bureaus } = useBureaus();
  return (account) => {
    if (account.wardCode) return wardName(account.wardCode);
    if (account.sectionCode) return sectionName(account.sectionCode);
    if (account.bureauCode) {
      const bureau = bureaus?.find((candidate) => candidate.code === account.bureauCode);
      return bureau ? localName(bureau) : account.bureauCode;
    }
    return "";
  };
}

/** The account's state in words: deactivated, locked out, waiting for its owner to change the password. */
export function StateBadges({ account }: { account: Schema<"StaffAccount"> }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex flex-wrap gap-2">
      <StatusBadge family="account" status={account.active ? "ACTIVE" : "INACTIVE"}>
        {account.active ? t("admin.staff.active") : t("admin.staff.inactive")}
      </StatusBadge>
      {account.locked && (
        <StatusBadge family="account" status="LOCKED">
          {t("admin.staff.locked")}
        </StatusBadge>
      )}
      {account.passwordChangeRequired && (
        <StatusBadge family="account" status="MUST_CHANGE_PASSWORD">
          {t("admin.staff.mustChangePassword")}
        </StatusBadge>
      )}
    </span>
  );
}

function Results({ filters, onPage }: { filters: StaffFilters; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const affiliation = useAffiliationText();
  const accounts = useStaffAccounts({
    q: filters.q || undefined,
    role: filters.role,
    ward: filters.ward || undefined,
    active: filters.active === "" ? undefined : filters.active === "true",
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  return (
    <PagedResults
      query={accounts}
      page={filters.page}
      onPage={onPage}
      empty={t("admin.staff.empty")}
      total={(count) => t("admin.total", { count })}
    >
      {(items) => (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("admin.staff.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.staff.username")}</th>
                <th scope="col">{t("admin.staff.displayName")}</th>
                <th scope="col">{t("admin.staff.role")}</th>
                <th scope="col">{t("admin.staff.affiliation")}</th>
                <th scope="col">{t("admin.staff.state")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((account) => (
                <tr key={account.id}>
                  <th scope="row">
                    <Link to={`/admin/staff/${account.id}`} className="link" lang="en">
                      {account.username}
                    </Link>
                  </th>
                  <td>{account.displayName}</td>
                  <td>{t(roleLabelKey(account.role))}</td>
                  <td>{affiliation(account)}</td>
                  <td>
                    <StateBadges account={account} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PagedResults>
  );
}

/** 職員アカウント: administrators find accounts by name, role, ward and state, and open one to change it. */
export function StaffAccountsPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.staff.title"));
  const { filters, update } = useUrlFilters(staffFiltersOf);
  return (
    <>
      <h1 className="page-title">{t("admin.staff.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.staff.lead")}</p>
      <p className="mb-6">
        <Link to="/admin/staff/new" className="btn-primary">
          {t("admin.staff.newTitle")}
        </Link>
      </p>
      <SearchForm key={`${filters.role}-${filters.ward}-${filters.active}`} filters={filters} onApply={update} />
      <section aria-labelledby="staff-results" className="mt-8">
        <h2 id="staff-results" className="section-title">
          {t("admin.results")}
        </h2>
        <Results filters={filters} onPage={(page) => update({ page })} />
      </section>
    </>
  );
}
