import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { useDateFormats } from "../../lib/dates";

/** A part of an area: a heading, then its list or what to say when it is empty. */
function Part({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h4 id={id} className="text-std-16B-170">
        {title}
      </h4>
      {children.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{empty}</p>
      ) : (
        <ul className="mt-1 flex list-disc flex-col gap-1 pl-6 text-std-16N-170">{children}</ul>
      )}
    </section>
  );
}

/** One of a liaison officer's areas: its groups, projects, coming dialogue meetings and newest residents' voices. */
export function MyAreaSection({ area: mine }: { area: Schema<"MyCommunityArea"> }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const localName = useLocalName();
  const { area } = mine;
  const id = `my-area-${area.id}`;
  const districts = mine.schoolDistricts;
  return (
    <section aria-labelledby={id} className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id={id} className="text-std-20B-150">
        {area.name}
      </h3>
      <p className="text-std-16N-170 text-solid-gray-700">
        {t(`areaKind.${area.kind}`)}
        {area.office && <> ・ {localName(area.office)}</>}
        {" ・ "}
        {t("myAreas.since", { date: dates.date(mine.since) })}
      </p>
      {area.kind === "COMMUNITY_CENTER" && districts.length > 0 && (
        <p className="text-std-16N-170">{t("myAreas.districts", { names: districts.join("・") })}</p>
      )}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <Part id={`${id}-groups`} title={t("myAreas.groups")} empty={t("myAreas.noGroups")}>
          {mine.groups.map((group) => (
            <li key={group.id}>
              <Link to={`/community/groups/${group.id}`} className="link">
                {group.name}
              </Link>
            </li>
          ))}
        </Part>
        <Part id={`${id}-projects`} title={t("myAreas.areaProjects")} empty={t("myAreas.noAreaProjects")}>
          {mine.projects.map((project) => (
            <li key={project.id}>
              <Link to={`/community/projects/${project.id}`} className="link">
                {project.title}
              </Link>{" "}
              <span className="status-badge">{t(`projectStatus.${project.status}`)}</span>
            </li>
          ))}
        </Part>
        <Part id={`${id}-meetings`} title={t("myAreas.meetings")} empty={t("myAreas.noMeetings")}>
          {mine.upcomingMeetings.map((meeting) => (
            <li key={meeting.id}>
              <Link to={`/community/meetings/${meeting.id}`} className="link">
                {meeting.title}
              </Link>{" "}
              <span className="whitespace-nowrap">（{dates.date(meeting.heldOn)}）</span>
            </li>
          ))}
        </Part>
        <section aria-labelledby={`${id}-voices`} className="min-w-0">
          <h4 id={`${id}-voices`} className="text-std-16B-170">
            {t("myAreas.voices")}
          </h4>
          <p className="text-std-16N-170">{t("myAreas.openVoices", { count: mine.openVoices })}</p>
          {mine.recentVoices.length === 0 ? (
            <p className="text-std-16N-170 text-solid-gray-700">{t("myAreas.noVoices")}</p>
          ) : (
            <ul className="mt-1 flex list-disc flex-col gap-2 pl-6 text-std-16N-170">
              {mine.recentVoices.map((voice) => (
                <li key={voice.id} className="break-words">
                  <Link to={`/voices/${voice.id}`} className="link">
                    {t("myAreas.voiceLine", {
                      reference: voice.reference,
                      date: dates.date(voice.receivedOn),
                      status: t(`voiceStatus.${voice.status}`),
                    })}
                  </Link>
                  <span className="block text-solid-gray-700">{voice.excerpt}</span>
                </li>
              ))}
            </ul>
          )}
          {districts.map((name) => (
            <p key={name} className="mt-2">
              <Link to={`/voices?${new URLSearchParams({ q: name }).toString()}`} className="link">
                {t("myAreas.allVoices", { name })}
              </Link>
            </p>
          ))}
        </section>
      </div>
    </section>
  );
}
