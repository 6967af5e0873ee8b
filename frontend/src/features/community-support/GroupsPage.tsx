import { type FormEvent, useEffect, useState } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { PagedResults } from "../../components/PagedResults";
import { COMMUNITY_RECORDERS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { useWardNames } from "../../lib/useWardNames";
import { useGroups } from "./api";
import { GROUP_TYPES, isGroupType } from "./communityEnums";
import { useUrlFilters } from "../../lib/urlFilters";
import { type GroupFilters, PAGE_SIZE, parseGroupFilters } from "./communityFilters";
import { CommunityNav } from "./CommunityNav";
import { WardSelect } from "../../components/WardSelect";
import { formText } from "../../lib/formText";

function readForm(form: HTMLFormElement): Omit<GroupFilters, "page"> {
  const data = new FormData(form);
  const type = formText(data, "type");
  return {
    q: formText(data, "q").trim(),
    ward: formText(data, "ward"),
    type: isGroupType(type) ? type : "",
    schoolDistrict: formText(data, "schoolDistrict").trim(),
  };
}

/** The selects apply as soon as they change; the words apply on submit (Enter in a field, or the button). */
function GroupSearchForm({
  filters,
  showWard,
  onApply,
}: {
  filters: GroupFilters;
  showWard: boolean;
  onApply: (changes: Omit<GroupFilters, "page">) => void;
}) {
  const { t } = useTranslation();
  // The words typed stay where they are (and focus with them) when the search runs, and follow the URL when it
  // changes otherwise (the clear link, the browser's back button).
  const [q, setQ] = useState(filters.q);
  const [schoolDistrict, setSchoolDistrict] = useState(filters.schoolDistrict);
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => setSchoolDistrict(filters.schoolDistrict), [filters.schoolDistrict]);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(readForm(event.currentTarget));
  }
  function applyNow(event: FormEvent<HTMLSelectElement>) {
    const form = event.currentTarget.form;
    if (form) onApply(readForm(form));
  }
  return (
    <form
      role="search"
      aria-labelledby="group-search"
      onSubmit={handleSubmit}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id="group-search" className="section-title mt-0">
        {t("communityGroup.search")}
      </h2>
      <TextField name="q" type="search" value={q} onChange={setQ} className="field">
        <Label className="field-label">{t("communityGroup.keyword")}</Label>
        <Input className="field-input" />
        <Text slot="description" className="field-hint">
          {t("communityGroup.keywordHint")}
        </Text>
      </TextField>
      <div className="mt-4 grid gap-4 md:grid-cols-3">
        {showWard && (
          <WardSelect
            id="group-ward"
            name="ward"
            label={t("communityGroup.ward")}
            value={filters.ward}
            emptyLabel={t("communityGroup.allWards")}
            onChange={applyNow}
          />
        )}
        <div className="field">
          <label htmlFor="group-type" className="field-label">
            {t("communityGroup.type")}
          </label>
          <select id="group-type" name="type" value={filters.type} onChange={applyNow} className="field-input">
            <option value="">{t("communityGroup.allTypes")}</option>
            {GROUP_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`groupType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField name="schoolDistrict" value={schoolDistrict} onChange={setSchoolDistrict} className="field">
          <Label className="field-label">{t("communityGroup.schoolDistrict")}</Label>
          <Input className="field-input" />
        </TextField>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("communityGroup.searchButton")}
        </button>
        <Link to="/community/groups" className="link">
          {t("communityGroup.clear")}
        </Link>
      </div>
    </form>
  );
}

/** 地域活動団体: the groups the caller may see (the API decides), searched by what the URL says. */
export function GroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t("communityGroup.title"));
  const session = useSession();
  const wardName = useWardNames();
  const { filters, update } = useUrlFilters(parseGroupFilters);
  const groups = useGroups({
    q: filters.q || undefined,
    ward: filters.ward || undefined,
    type: filters.type || undefined,
    schoolDistrict: filters.schoolDistrict || undefined,
    page: filters.page - 1,
    size: PAGE_SIZE,
  });
  // Ward staff only ever see their own ward's groups: no ward to choose.
  const role = session?.user.role;
  const showWard = role === "ADMIN" || role === "HQ";

  return (
    <>
      <h1 className="page-title">{t("communityGroup.title")}</h1>
      <CommunityNav />
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("communityGroup.intro")}</p>
      {hasRole(session?.user, COMMUNITY_RECORDERS) && (
        <p className="mb-6">
          <Link to="/community/groups/new" className="btn-primary">
            {t("communityGroup.newLink")}
          </Link>
        </p>
      )}
      <GroupSearchForm filters={filters} showWard={showWard} onApply={update} />
      <section aria-labelledby="group-results" className="mt-6">
        <h2 id="group-results" className="section-title">
          {t("communityGroup.results")}
        </h2>
        <PagedResults
          query={groups}
          page={filters.page}
          onPage={(page) => update({ page })}
          empty={t("communityGroup.empty")}
          total={(count) => t("communityGroup.total", { count })}
        >
          {(items) => (
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption className="sr-only">{t("communityGroup.results")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("communityGroup.name")}</th>
                    <th scope="col">{t("communityGroup.type")}</th>
                    <th scope="col">{t("communityGroup.ward")}</th>
                    <th scope="col">{t("communityGroup.schoolDistrict")}</th>
                    <th scope="col">{t("communityGroup.areas")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((group) => (
                    <tr key={group.id}>
                      <th scope="row">
                        <Link to={`/community/groups/${group.id}`} className="link">
                          {group.name}
                        </Link>
                        <span className="block text-std-16N-170 text-solid-gray-700">{group.nameKana}</span>
                      </th>
                      <td>{t(`groupType.${group.type}`)}</td>
                      <td>{wardName(group.wardCode)}</td>
                      <td>{group.schoolDistrict}</td>
                      <td>{group.activityAreas.join(t("communityGroup.listSeparator"))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>
    </>
  );
}
