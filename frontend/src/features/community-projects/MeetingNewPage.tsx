import { useState } from "react";
import { BackLink } from "../../components/BackLink";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../lib/auth/session";
import { todayInKumamoto } from "../../lib/dates";
import { useCreateMeeting } from "./api";
import { MeetingForm, emptyMeetingDraft } from "./MeetingForm";
import type { MeetingLocationState } from "./MeetingPage";

/** Recording a dialogue meeting: the ward's own staff for their ward, administrators for any. */
export function MeetingNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("meeting.newTitle"));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateMeeting();
  const [initial] = useState(() => emptyMeetingDraft(session?.user.ward?.code ?? "", todayInKumamoto()));
  return (
    <>
      <h1 className="page-title">{t("meeting.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("meeting.newIntro")}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <MeetingForm
        initial={initial}
        chooseWard={session?.user.role === "ADMIN"}
        submitLabel={t("meeting.create")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (meeting) => {
              const state: MeetingLocationState = { message: "created" };
              void navigate(`/community/meetings/${meeting.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/community/meetings">{t("meeting.backToList")}</BackLink>
    </>
  );
}
