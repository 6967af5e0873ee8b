import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useChannels } from "../../api/counter";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { ADMINISTRATORS, hasRole } from "../../lib/auth/permissions";
import { useSession } from "../../lib/auth/session";
import { HoursPreview } from "./HoursPreview";
import { PeriodsEditor } from "./PeriodsEditor";

/** 利用時間の設定: a channel's regular hours and dated exceptions (administrators), with the days they give. */
export function ChannelHoursPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const session = useSession();
  const { code = "" } = useParams();
  const channels = useChannels();
  const channel = channels.data?.find((candidate) => candidate.code === code);
  const notFound = channels.isSuccess && !channel;
  usePageTitle(
    channel
      ? t("hoursEditor.channelTitle", { name: localName(channel) })
      : notFound
        ? t("hoursEditor.channelNotFound")
        : t("admin.channels.title"),
  );
  const back = (
    <p className="mt-10">
      <Link to="/admin/channels" className="link">
        {t("hoursEditor.channelBack")}
      </Link>
    </p>
  );
  if (!channel) {
    return (
      <>
        <h1 className="page-title">{notFound ? t("hoursEditor.channelNotFound") : t("admin.channels.title")}</h1>
        {channels.isPending && <LoadingStatus />}
        {channels.isError && <ErrorMessage error={channels.error} onRetry={() => void channels.refetch()} />}
        {back}
      </>
    );
  }
  return (
    <>
      <h1 className="page-title">{t("hoursEditor.channelTitle", { name: localName(channel) })}</h1>
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("hoursEditor.channelIntro")}</p>
      <PeriodsEditor
        owner={{ kind: "channel", code: channel.code }}
        allowed={hasRole(session?.user, ADMINISTRATORS)}
        notAllowed={t("hoursEditor.channelNotAllowed")}
      />
      <HoursPreview place={{ kind: "channel", code: channel.code }} />
      {back}
    </>
  );
}
