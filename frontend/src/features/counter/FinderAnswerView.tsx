import { type ReactNode, type Ref, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { useLocalText } from "../../app/useLocalText";
import { DetailList } from "../../components/DetailList";
import { LevelMark } from "../../components/levels";
import { ScrollFrame } from "../../components/ScrollFrame";
import { useDateFormats } from "../../lib/dates";
import { useFee } from "../../lib/useFee";
import { useWardNames } from "../../lib/useWardNames";
import { FinderQueueText } from "../../components/FinderQueueText";
import { type FinderParams, finderSearch } from "./useFinderParams";

function ProcedureDetails({ procedure }: { procedure: Schema<"Procedure"> }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const localText = useLocalText();
  const fee = useFee();
  return (
    <section aria-labelledby="finder-procedure" className="mt-8">
      <h2 id="finder-procedure" className="section-title">
        {localName(procedure)}
      </h2>
      <DetailList
        items={[
          { label: t("procedure.description"), value: localText(procedure.description, procedure.descriptionEn) },
          { label: t("procedure.whatToBring"), value: localText(procedure.whatToBring, procedure.whatToBringEn) },
          { label: t("procedure.fee"), value: fee(procedure.feeYen, procedure.feeNote, procedure.feeNoteEn) },
          {
            label: t("procedure.processingTime"),
            value: localText(procedure.processingTime, procedure.processingTimeEn),
          },
        ]}
      />
      <p className="mt-4">
        <Link to={`/counter/faq?procedure=${encodeURIComponent(procedure.code)}`} className="link">
          {t("finder.faqLink", { name: localName(procedure) })}
        </Link>
      </p>
    </section>
  );
}

function Conditions({ result }: { result: Schema<"FinderResult"> }) {
  const { t } = useTranslation();
  const localText = useLocalText();
  const conditions = localText(result.conditionsJa, result.conditionsEn);
  const wardName = useWardNames();
  return (
    <>
      {conditions && <span className="block">{conditions}</span>}
      {result.residentsOnly && (
        <span className="block">{t("finder.residentsOnly", { ward: wardName(result.place.wardCode ?? "") })}</span>
      )}
    </>
  );
}

/** A cell of a stacked table: on a phone it shows its column's name, which screen readers get from the header. */
function StackCell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td>
      <span className="stack-label" aria-hidden="true">
        {label}
      </span>
      <div className={className}>{children}</div>
    </td>
  );
}

/** The places as a table; on a phone, one card per place. */
function ResultTable({ caption, results }: { caption: string; results: Schema<"FinderResult">[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const fee = useFee();
  const captionId = useId();
  return (
    <ScrollFrame labelledBy={captionId}>
      <table className="stack-table">
        <caption id={captionId} className="mb-2 text-left text-std-20B-150 text-solid-gray-900">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("finder.place")}</th>
            <th scope="col">{t("finder.level")}</th>
            <th scope="col">{t("finder.hours")}</th>
            <th scope="col">{t("finder.conditions")}</th>
            <th scope="col">{t("procedure.fee")}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.place.key}>
              <th scope="row" className="sm:min-w-48">
                {result.place.officeId != null ? (
                  <Link to={`/offices/${result.place.officeId}`} className="link">
                    {localName(result.place)}
                  </Link>
                ) : (
                  localName(result.place)
                )}
                <FinderQueueText result={result} />
              </th>
              <StackCell label={t("finder.level")}>
                <LevelMark level={result.level} />
              </StackCell>
              <StackCell label={t("finder.hours")} className="whitespace-nowrap">
                {formats.spans(result.hours.spans)}
              </StackCell>
              <StackCell label={t("finder.conditions")} className="sm:min-w-40">
                <Conditions result={result} />
              </StackCell>
              <StackCell label={t("procedure.fee")} className="sm:min-w-32">
                {fee(result.feeYen, result.feeNote, result.feeNoteEn)}
              </StackCell>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}

function resultGroups(results: Schema<"FinderResult">[], ward: string) {
  const offices = results.filter((result) => result.place.kind === "OFFICE");
  const mine = ward ? offices.filter((result) => result.place.wardCode === ward) : [];
  const others = ward ? offices.filter((result) => result.place.wardCode !== ward) : offices;
  const channels = results.filter((result) => result.place.kind === "CHANNEL");
  return { mine, others, channels };
}

function Results({ answer, ward }: { answer: Schema<"FinderAnswer">; ward: string }) {
  const { t } = useTranslation();
  const wardName = useWardNames();
  const { mine, others, channels } = resultGroups(answer.results, ward);
  return (
    <div className="flex flex-col gap-8">
      {mine.length > 0 && <ResultTable caption={t("finder.yourWard", { ward: wardName(ward) })} results={mine} />}
      {others.length > 0 && (
        <ResultTable caption={ward ? t("finder.otherOffices") : t("finder.offices")} results={others} />
      )}
      {channels.length > 0 && <ResultTable caption={t("finder.channels")} results={channels} />}
    </div>
  );
}

function NothingOpen({
  answer,
  onSearchDate,
}: {
  answer: Schema<"FinderAnswer">;
  onSearchDate: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const formats = useDateFormats();
  const explanation = i18n.language === "en" ? (answer.explanationEn ?? answer.explanationJa) : answer.explanationJa;
  return (
    <div className="notice" data-testid="finder-nothing-open">
      <p className="text-std-17B-170">{t("finder.nothingOpen", { date: formats.date(answer.date) })}</p>
      {explanation && <p className="mt-2">{explanation}</p>}
      {answer.nextOpenDate && (
        <button type="button" className="btn-primary mt-4" onClick={() => onSearchDate(answer.nextOpenDate!)}>
          {t("finder.searchNextDate", { date: formats.date(answer.nextOpenDate) })}
        </button>
      )}
    </div>
  );
}

interface FinderAnswerViewProps {
  answer: Schema<"FinderAnswer">;
  params: FinderParams;
  onSearchDate: (date: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
  busy: boolean;
}

/** The finder's answer: the procedure, then where it can be done that day, or why nowhere and when next. */
export function FinderAnswerView({ answer, params, onSearchDate, headingRef, busy }: FinderAnswerViewProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formats = useDateFormats();
  const alternatives = answer.alternatives ?? [];
  return (
    <div aria-busy={busy}>
      <ProcedureDetails procedure={answer.procedure} />
      <section aria-labelledby="finder-places" className="mt-8">
        <h2 id="finder-places" ref={headingRef} tabIndex={-1} className="section-title focus:outline-none">
          {t("finder.placesHeading", { date: formats.date(answer.date) })}
        </h2>
        <p role="status" className="mb-4 text-std-16B-170">
          {answer.results.length > 0 ? t("finder.placesCount", { count: answer.results.length }) : t("finder.noPlaces")}
        </p>
        {answer.results.length > 0 ? (
          <Results answer={answer} ward={params.ward} />
        ) : (
          <NothingOpen answer={answer} onSearchDate={onSearchDate} />
        )}
      </section>
      {alternatives.length > 0 && (
        <section aria-labelledby="finder-alternatives" className="mt-8">
          <h2 id="finder-alternatives" className="section-title">
            {t("finder.alternatives")}
          </h2>
          <ul className="ml-6 list-disc text-std-16N-170">
            {alternatives.map((alternative) => (
              <li key={alternative.code}>
                <Link
                  to={`/counter${finderSearch({ ...params, procedure: alternative.code, q: "" })}`}
                  className="link"
                >
                  {localName(alternative)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
