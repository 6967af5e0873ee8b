import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingStatus } from "../../components/LoadingStatus";
import { useVoicePersonalData } from "./api";
import type { Schema } from "../../api/schemas";

/**
 * The resident's personal data, kept apart from the voice: offered only to those the API lets read it, and read only
 * when they ask, because every read is recorded.
 */
export function PersonalDataPanel({ voice }: { voice: Schema<"Voice"> }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const personalData = useVoicePersonalData(voice.id, requested && voice.canReadPersonalData);

  return (
    <section aria-labelledby="voice-personal-data" className="mt-8">
      <h2 id="voice-personal-data" className="section-title">
        {t("voice.personalData")}
      </h2>
      {!voice.hasPersonalData ? (
        <p className="text-std-16N-170">{t("voice.noPersonalData")}</p>
      ) : !voice.canReadPersonalData ? (
        <p className="text-std-16N-170">{t("voice.personalDataNotForYou")}</p>
      ) : !requested ? (
        <>
          <p id="voice-personal-data-notice" className="mb-4 text-std-16N-170">
            {t("voice.personalDataRecorded")}
          </p>
          <button
            type="button"
            className="btn-secondary"
            aria-describedby="voice-personal-data-notice"
            onClick={() => setRequested(true)}
          >
            {t("voice.showPersonalData")}
          </button>
        </>
      ) : (
        <>
          {personalData.isPending && <LoadingStatus />}
          {personalData.isError && <ErrorMessage error={personalData.error} />}
          <div role="status">{personalData.isSuccess && <p className="notice">{t("voice.personalDataShown")}</p>}</div>
          {personalData.isSuccess && (
            <DetailList
              items={[
                { label: t("voice.name"), value: personalData.data.name },
                { label: t("voice.address"), value: personalData.data.address },
                { label: t("voice.phone"), value: personalData.data.phone },
                { label: t("voice.email"), value: personalData.data.email },
                {
                  label: t("voice.consentToContact"),
                  value: personalData.data.consentToContact ? t("voice.consentYes") : t("voice.consentNo"),
                },
              ]}
            />
          )}
          {personalData.isSuccess && (
            <p className="mt-4">
              <button type="button" className="btn-secondary" onClick={() => setRequested(false)}>
                {t("voice.hidePersonalData")}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
