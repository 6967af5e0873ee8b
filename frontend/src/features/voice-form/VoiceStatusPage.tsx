import { type FormEvent, useEffect, useRef, useState } from "react";
import { Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import type { Schema } from "../../api/schemas";
import { usePublicVoiceCategories } from "../../api/voices";
import { useLocalName } from "../../app/useLocalName";
import { usePageTitle } from "../../app/usePageTitle";
import { DetailList } from "../../components/DetailList";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextInputField } from "../../components/FormFields";
import { useDateFormats } from "../../lib/dates";
import { useWardNames } from "../../lib/useWardNames";
import { useVoiceStatusLookup } from "./api";
import { StatusBadge } from "../../components/StatusBadge";

type PublicState = Schema<"PublicState">;

const STATES: readonly PublicState[] = ["RECEIVED", "IN_PROGRESS", "ANSWERED", "CLOSED"];

function StateBadge({ state }: { state: PublicState }) {
  const { t } = useTranslation();
  return (
    <span data-testid="status-state">
      <StatusBadge family="publicVoice" status={state} size="large">
        {t(`voiceLookup.state.${state}`)}
      </StatusBadge>
    </span>
  );
}

/** Where the voice is on the way from receipt to completion, for those who read it at a glance. */
function StateSteps({ state }: { state: PublicState }) {
  const { t } = useTranslation();
  const current = STATES.indexOf(state);
  return (
    <ol aria-label={t("voiceLookup.steps")} className="mt-4 flex flex-wrap gap-2 text-std-16N-170">
      {STATES.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? "step" : undefined}
          className={`rounded-4 border px-2 py-1 ${
            index === current
              ? "border-2 border-blue-900 font-bold text-solid-gray-900"
              : index < current
                ? "border-solid-gray-600 text-solid-gray-800"
                : "border-dashed border-solid-gray-536 text-solid-gray-700"
          }`}
        >
          {index + 1}. {t(`voiceLookup.state.${step}`)}
        </li>
      ))}
    </ol>
  );
}

function StatusView({ status }: { status: Schema<"ResidentVoiceStatus"> }) {
  const { t } = useTranslation();
  const formats = useDateFormats();
  const localName = useLocalName();
  const wardName = useWardNames();
  const categories = usePublicVoiceCategories();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [status]);
  const categoryName = (code: string) => {
    const category = categories.data?.find((candidate) => candidate.code === code);
    return category ? localName(category) : code;
  };
  const date = (value: string | null | undefined) => value && <time dateTime={value}>{formats.date(value)}</time>;
  return (
    <section aria-labelledby="voice-status-result" className="mt-8 max-w-3xl">
      <h2 id="voice-status-result" ref={heading} tabIndex={-1} className="section-title">
        {t("voiceLookup.resultTitle", { reference: status.reference })}
      </h2>
      <StateBadge state={status.state} />
      <StateSteps state={status.state} />
      <p className="mt-4 text-std-16N-170">{t(`voiceLookup.stateHint.${status.state}`)}</p>
      <div className="mt-6">
        <DetailList
          items={[
            { label: t("voiceLookup.reference"), value: status.reference },
            { label: t("voiceLookup.type"), value: t(`voiceType.${status.type}`) },
            {
              label: t("voiceLookup.categories"),
              value: status.categories.map(categoryName).join(t("voiceLookup.separator")),
            },
            { label: t("voiceLookup.ward"), value: wardName(status.wardCode) },
            { label: t("voiceLookup.receivedOn"), value: date(status.receivedOn) },
            { label: t("voiceLookup.dueOn"), value: date(status.dueOn) },
            { label: t("voiceLookup.answeredOn"), value: date(status.answeredOn) },
          ]}
        />
      </div>
      <h3 className="mt-6 text-std-20B-150 text-solid-gray-900">{t("voiceLookup.answer")}</h3>
      {status.answer ? (
        <p data-testid="status-answer" className="mt-2 text-std-16N-170 whitespace-pre-line [overflow-wrap:anywhere]">
          {status.answer}
        </p>
      ) : (
        <p className="mt-2 text-std-16N-170">{t("voiceLookup.noAnswer")}</p>
      )}
      {status.published && status.publishedText && (
        <>
          <h3 className="mt-6 text-std-20B-150 text-solid-gray-900">{t("voiceLookup.publishedText")}</h3>
          <p
            data-testid="status-published"
            className="mt-2 text-std-16N-170 whitespace-pre-line [overflow-wrap:anywhere]"
          >
            {status.publishedText}
          </p>
          <p className="mt-2 text-std-16N-170">
            <Link to={`/published-voices?q=${encodeURIComponent(status.reference)}`} className="link">
              {t("voiceLookup.publishedLink")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * A failed lookup. A wrong code and an unknown reference are one answer (the API does not say which); too many wrong
 * tries say how long to wait.
 */
function LookupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 404 || error.status === 429)) {
    const message =
      error.status === 404
        ? t("voiceLookup.notFound")
        : error.retryAfter !== undefined
          ? t("voiceLookup.throttledFor", { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) })
          : t("voiceLookup.throttled");
    return (
      <div role="alert" className="my-4 rounded-8 border-2 border-error-2 bg-red-50 p-4 text-solid-gray-800">
        <p className="text-std-17B-170 text-error-2">{message}</p>
        {error.status === 404 && <p className="text-std-16N-170">{t("voiceLookup.notFoundHint")}</p>}
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}

/**
 * 対応状況の確認 at /voice-status: a resident follows a voice with its reference number (which a link may fill in)
 * and the access code, which is typed, never put in the address.
 */
export function VoiceStatusPage() {
  const { t } = useTranslation();
  usePageTitle(t("voiceLookup.title"));
  const [params] = useSearchParams();
  const [reference, setReference] = useState(() => params.get("reference") ?? "");
  const [code, setCode] = useState("");
  const lookup = useVoiceStatusLookup();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (lookup.isPending) return;
    lookup.mutate({ reference, code });
  }

  return (
    <>
      <h1 className="page-title">{t("voiceLookup.title")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("voiceLookup.intro")}</p>
      <Form onSubmit={handleSubmit} className="flex max-w-xl flex-col gap-6">
        <TextInputField
          name="reference"
          label={t("voiceLookup.reference")}
          value={reference}
          onChange={setReference}
          hint={t("voiceLookup.referenceHint")}
          isRequired
          autoComplete="off"
          maxLength={20}
        />
        <TextInputField
          name="code"
          label={t("voiceLookup.code")}
          value={code}
          onChange={setCode}
          hint={t("voiceLookup.codeHint")}
          isRequired
          autoComplete="off"
          maxLength={30}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary disabled:opacity-60" disabled={lookup.isPending}>
            {t("voiceLookup.submit")}
          </button>
          <p role="status" className="text-std-16N-170">
            {lookup.isPending && t("voiceLookup.looking")}
          </p>
        </div>
      </Form>
      {lookup.isError && <LookupError error={lookup.error} />}
      {lookup.isSuccess && <StatusView status={lookup.data} />}
      <p className="mt-8 text-std-16N-170">
        <Link to="/send-voice" className="link">
          {t("voiceLookup.sendLink")}
        </Link>
      </p>
    </>
  );
}
