import { useEffect, useRef } from "react";
import { isNotFound, useIdParam } from "../../components/RecordPage";
import { BackLink } from "../../components/BackLink";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useGroup, useReadContact } from "./api";
import { CommunityNav } from "./CommunityNav";
import type { Schema } from "../../api/schemas";
import { SavedNotice } from "./SavedNotice";

function Officers({ group }: { group: Schema<"CommunityGroup"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  if (group.officers.length === 0) return <p className="text-std-16N-170">{t("communityGroup.noOfficers")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{t("communityGroup.officers")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("communityGroup.officerRole")}</th>
            <th scope="col">{t("communityGroup.officerName")}</th>
            <th scope="col">{t("communityGroup.term")}</th>
            <th scope="col">{t("communityGroup.inOffice")}</th>
          </tr>
        </thead>
        <tbody>
          {group.officers.map((officer, index) => (
            <tr key={index}>
              <td>{t(`officerRole.${officer.role}`)}</td>
              <th scope="row">{officer.name}</th>
              <td>
                {t("communityGroup.termValue", {
                  from: dates.date(officer.termFrom),
                  to: officer.termTo ? dates.date(officer.termTo) : t("communityGroup.termOpen"),
                })}
              </td>
              <td>{officer.current ? t("communityGroup.current") : t("communityGroup.notCurrent")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The representative's contact: personal data, read only when asked for, and each read is recorded. */
function Contact({ group }: { group: Schema<"CommunityGroup"> }) {
  const { t } = useTranslation();
  const contact = useReadContact(group.id);
  // Only those who keep the group's record read its contact.
  const allowed = group.editable;
  // The button that asked goes away once the contact is shown: focus moves on to the button that hides it again.
  const hide = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (contact.isSuccess) hide.current?.focus();
  }, [contact.isSuccess]);
  return (
    <section aria-labelledby="group-contact" className="mt-8">
      <h2 id="group-contact" className="section-title">
        {t("communityGroup.contact")}
      </h2>
      {!group.hasContact ? (
        <p className="text-std-16N-170">{t("communityGroup.noContact")}</p>
      ) : !allowed ? (
        <p className="notice">{t("communityGroup.contactNotAllowed")}</p>
      ) : (
        <>
          <p id="group-contact-audit" className="mb-4 max-w-3xl text-std-16N-170">
            {t("communityGroup.contactAudited")}
          </p>
          {!contact.isSuccess && (
            <button
              type="button"
              className="btn-secondary"
              aria-describedby="group-contact-audit"
              aria-disabled={contact.isPending}
              onClick={() => {
                if (!contact.isPending) contact.mutate();
              }}
            >
              {t("communityGroup.showContact")}
            </button>
          )}
          <div role="status" className="mt-2 text-std-16N-170">
            {contact.isPending && t("common.loading")}
            {contact.isSuccess && t("communityGroup.contactRead")}
          </div>
          {contact.isError && <ErrorMessage error={contact.error} />}
          {contact.isSuccess && (
            <div className="mt-4">
              <DetailList
                items={[
                  { label: t("communityGroup.representativeName"), value: contact.data.representativeName },
                  { label: t("communityGroup.address"), value: contact.data.address },
                  { label: t("communityGroup.phone"), value: contact.data.phone },
                  { label: t("communityGroup.email"), value: contact.data.email },
                ]}
              />
              <button ref={hide} type="button" className="btn-secondary mt-4" onClick={() => contact.reset()}>
                {t("communityGroup.hideContact")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function GroupDetails({ group }: { group: Schema<"CommunityGroup"> }) {
  const { t } = useTranslation();
  const wardName = useWardNames();
  return (
    <>
      <SavedNotice />
      <p className="mb-6 flex flex-wrap items-center gap-6">
        {group.editable && (
          <Link to={`/community/groups/${group.id}/edit`} className="btn-primary">
            {t("communityGroup.editLink")}
          </Link>
        )}
        {group.editable && (
          <Link to={`/community/programs?ward=${group.wardCode}`} className="link">
            {t("communityGroup.programsForGroup")}
          </Link>
        )}
      </p>
      <DetailList
        items={[
          { label: t("communityGroup.nameKana"), value: group.nameKana },
          { label: t("communityGroup.type"), value: t(`groupType.${group.type}`) },
          { label: t("communityGroup.ward"), value: wardName(group.wardCode) },
          { label: t("communityGroup.schoolDistrict"), value: group.schoolDistrict },
          {
            label: t("communityGroup.areas"),
            value: group.activityAreas.length ? (
              <ul className="ml-6 list-disc">
                {group.activityAreas.map((area) => (
                  <li key={area}>{area}</li>
                ))}
              </ul>
            ) : (
              t("communityGroup.noAreas")
            ),
          },
        ]}
      />
      <section aria-labelledby="group-officers" className="mt-8">
        <h2 id="group-officers" className="section-title">
          {t("communityGroup.officers")}
        </h2>
        <Officers group={group} />
      </section>
      <Contact group={group} />
    </>
  );
}

export function GroupPage() {
  const { t } = useTranslation();
  const { id: groupId, valid } = useIdParam();
  const group = useGroup(groupId, valid);
  const notFound = isNotFound(group, valid);
  const title = notFound ? t("communityGroup.notFound") : (group.data?.name ?? t("communityGroup.detailTitle"));
  usePageTitle(title);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <CommunityNav />
      {!notFound && group.isPending && <LoadingStatus />}
      {!notFound && group.isError && <ErrorMessage error={group.error} onRetry={() => void group.refetch()} />}
      {group.isSuccess && <GroupDetails group={group.data} />}
      <BackLink to="/community/groups">{t("communityGroup.backToList")}</BackLink>
    </>
  );
}
