import { type FormEvent, useState } from "react";
import { BackLink } from "../../components/BackLink";
import { RecordPage, useIdParam } from "../../components/RecordPage";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { fieldErrorsOf } from "../../api/fieldErrors";
import { DetailList } from "../../components/DetailList";
import { TextInputField } from "../../components/FormFields";
import { SaveError } from "../../components/SaveError";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useCategoryNames } from "../../lib/voiceCategories";
import { useMeeting, useUpdateMeeting } from "./api";
import { meetingDraftOf, toMeetingInput } from "./MeetingForm";
import { OpinionForm } from "./OpinionForm";
import type { Schema } from "../../api/schemas";
import { PersonName } from "../../components/PersonName";
import { StatusBadge } from "../../components/StatusBadge";
import { useDoneNotice } from "../../components/PageNotice";

type Done = "created" | "minutesSaved";

export interface MeetingLocationState {
  message?: Done;
}

/** The minutes as recorded, and for the ward's staff an editor that saves them with the version read (If-Match). */
function Minutes({
  meeting,
  onSaved,
  onReload,
}: {
  meeting: Schema<"DialogueMeeting">;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [editing, setEditing] = useState(false);
  const [minutes, setMinutes] = useState(meeting.minutes ?? "");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { input: toMeetingInput({ ...meetingDraftOf(meeting), minutes }), version: meeting.version },
      {
        onSuccess: () => {
          setEditing(false);
          onSaved();
        },
      },
    );
  }

  return (
    <section aria-labelledby="meeting-minutes" className="mt-8">
      <h2 id="meeting-minutes" className="section-title">
        {t("meeting.minutes")}
      </h2>
      {!editing && (
        <>
          <p className="max-w-3xl text-std-16N-170 whitespace-pre-line">{meeting.minutes || t("meeting.noMinutes")}</p>
          {meeting.editable && (
            <button
              type="button"
              className="btn-secondary mt-4"
              onClick={() => {
                setMinutes(meeting.minutes ?? "");
                setEditing(true);
              }}
            >
              {t("meeting.editMinutes")}
            </button>
          )}
        </>
      )}
      {editing && (
        <>
          {update.isError && (
            <SaveError
              error={update.error}
              onReload={() => {
                update.reset();
                setEditing(false);
                onReload();
              }}
            />
          )}
          <Form onSubmit={handleSubmit} validationErrors={fieldErrorsOf(update.error)} className="flex flex-col gap-4">
            <TextInputField
              name="minutes"
              label={t("meeting.minutes")}
              value={minutes}
              onChange={setMinutes}
              multiline
              rows={10}
              maxLength={20000}
            />
            <div className="flex flex-wrap gap-4">
              <button type="submit" className="btn-primary" aria-disabled={update.isPending}>
                {t("meeting.saveMinutes")}
              </button>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => {
                  update.reset();
                  setEditing(false);
                }}
              >
                {t("meeting.cancel")}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}

/** The opinions raised, each a residents' voice with its reference, linked to the voice's page. */
function Opinions({ meeting }: { meeting: Schema<"DialogueMeeting"> }) {
  const { t } = useTranslation();
  const categoryName = useCategoryNames();
  return (
    <section aria-labelledby="meeting-opinions" className="mt-8">
      <h2 id="meeting-opinions" className="section-title">
        {t("meeting.opinions")}
      </h2>
      {meeting.voices.length === 0 ? (
        <p className="text-std-16N-170">{t("meeting.noOpinions")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("meeting.opinions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meeting.reference")}</th>
                <th scope="col">{t("voice.type")}</th>
                <th scope="col">{t("voice.categories")}</th>
                <th scope="col">{t("meeting.opinionText")}</th>
                <th scope="col">{t("meeting.voiceStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.voices.map((voice) => (
                <tr key={voice.id}>
                  <th scope="row">
                    <Link to={`/voices/${voice.id}`} className="link">
                      {voice.reference}
                    </Link>
                  </th>
                  <td>{t(`voiceType.${voice.type}`)}</td>
                  <td>{voice.categories.map(categoryName).join(t("project.listSeparator"))}</td>
                  <td>{voice.excerpt}</td>
                  <td>
                    <StatusBadge family="voice" status={voice.status}>
                      {t(`voiceStatus.${voice.status}`)}
                    </StatusBadge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {meeting.editable && <OpinionForm meeting={meeting} />}
    </section>
  );
}

function MeetingView({ meeting, onReload }: { meeting: Schema<"DialogueMeeting">; onReload: () => void }) {
  const { t } = useTranslation();
  const dates = useDateFormats();
  const wardName = useWardNames();
  const state = useLocation().state as MeetingLocationState | null;
  const setDone = useDoneNotice<Done>(state?.message, (done) => t(`meeting.done_${done}`));
  return (
    <>
      <h1 className="page-title">{meeting.title}</h1>
      <section aria-labelledby="meeting-details">
        <h2 id="meeting-details" className="section-title">
          {t("meeting.details")}
        </h2>
        <DetailList
          items={[
            { label: t("meeting.heldOn"), value: <time dateTime={meeting.heldOn}>{dates.date(meeting.heldOn)}</time> },
            { label: t("meeting.ward"), value: wardName(meeting.wardCode) },
            { label: t("meeting.place"), value: meeting.place },
            { label: t("meeting.schoolDistrict"), value: meeting.schoolDistrict },
            { label: t("meeting.participants"), value: t("meeting.people", { count: meeting.participants }) },
            { label: t("meeting.createdBy"), value: <PersonName username={meeting.createdBy} /> },
          ]}
        />
      </section>
      <Minutes meeting={meeting} onSaved={() => setDone("minutesSaved")} onReload={onReload} />
      <Opinions meeting={meeting} />
      <BackLink to="/community/meetings">{t("meeting.backToList")}</BackLink>
    </>
  );
}

/** A dialogue meeting: its record, minutes and the opinions taken in as residents' voices. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id, valid } = useIdParam();
  return (
    <RecordPage
      query={useMeeting(id, valid)}
      valid={valid}
      title={t("meeting.loadingTitle")}
      titleOf={(meeting) => meeting.title}
      notFoundTitle={t("meeting.notFound")}
      back={{ to: "/community/meetings", label: t("meeting.backToList") }}
    >
      {(meeting, reload) => <MeetingView meeting={meeting} onReload={reload} />}
    </RecordPage>
  );
}
