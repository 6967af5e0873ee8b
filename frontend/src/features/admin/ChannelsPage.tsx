import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useChannels } from "../../api/counter";
import { usePageTitle } from "../../app/usePageTitle";
import { useLocalName } from "../../app/useLocalName";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";

/** チャネルの利用時間: the channels beside the offices, each with a link to set when it can be used. */
export function ChannelsPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.channels.title"));
  const localName = useLocalName();
  const channels = useChannels();
  return (
    <>
      <h1 className="page-title">{t("admin.channels.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("admin.channels.lead")}</p>
      {channels.isPending && <LoadingStatus />}
      {channels.isError && <ErrorMessage error={channels.error} onRetry={() => void channels.refetch()} />}
      {channels.isSuccess && (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="sr-only">{t("admin.channels.listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.channels.name")}</th>
                <th scope="col">{t("admin.channels.kind")}</th>
                <th scope="col">{t("admin.channels.hours")}</th>
              </tr>
            </thead>
            <tbody>
              {channels.data.map((channel) => (
                <tr key={channel.code}>
                  <th scope="row">{localName(channel)}</th>
                  <td>{t(`admin.channels.kinds.${channel.kind}`)}</td>
                  <td>
                    <Link to={`/admin/channels/${encodeURIComponent(channel.code)}/hours`} className="link">
                      {t("admin.channels.hoursFor", { name: localName(channel) })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
