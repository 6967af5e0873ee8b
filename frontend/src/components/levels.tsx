import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../api/schemas";

/** From the most to the least that a place can do for a procedure. */
export const LEVELS: readonly Schema<"AvailabilityLevel">[] = ["FULL", "RECEPTION_ONLY", "ISSUE_ONLY", "NONE"];

/** The symbols used on the city's printed counter guides. Never shown without their meaning in text. */
export const LEVEL_SYMBOLS: Record<Schema<"AvailabilityLevel">, string> = {
  FULL: "◎",
  RECEPTION_ONLY: "△",
  ISSUE_ONLY: "○",
  NONE: "—",
};

/** Marks a cell whose offer has conditions (residents only, appointment, …). */
export const CONDITION_MARK = "※";

export function isLevel(value: unknown): value is Schema<"AvailabilityLevel"> {
  return LEVELS.includes(value as Schema<"AvailabilityLevel">);
}

/** The translation key of a level's meaning, e.g. FULL → "取扱い" / "Full service". */
export function levelLabelKey(level: Schema<"AvailabilityLevel">) {
  return `level.${level}` as const;
}

interface LevelMarkProps {
  level: Schema<"AvailabilityLevel">;
  /** "symbol": the symbol with its meaning for screen readers only (tables); "text": both visible. */
  variant?: "symbol" | "text";
}

/** A level as its symbol and its meaning in words: colour is never the only cue. */
export function LevelMark({ level, variant = "text" }: LevelMarkProps) {
  const { t } = useTranslation();
  const label = t(levelLabelKey(level));
  if (variant === "symbol") {
    return (
      <span className="level-mark" data-level={level}>
        <span aria-hidden="true">{LEVEL_SYMBOLS[level]}</span>
        <span className="sr-only">{label}</span>
      </span>
    );
  }
  return (
    <span className="level-mark whitespace-nowrap" data-level={level}>
      <span aria-hidden="true" className="mr-1">
        {LEVEL_SYMBOLS[level]}
      </span>
      {label}
    </span>
  );
}

/** What the symbols mean, shown beside every table or list that uses them. */
export function LevelLegend({
  withConditionMark = false,
  headingLevel = 2,
}: {
  withConditionMark?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className="rounded-8 border border-solid-gray-420 p-4">
      <Heading id={id} className="text-std-17B-170 text-solid-gray-900">
        {t("level.legendTitle")}
      </Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-std-16N-170">
        {LEVELS.map((level) => (
          <div key={level} className="contents">
            <dt className="text-center text-std-17B-170" aria-hidden="true">
              {LEVEL_SYMBOLS[level]}
            </dt>
            <dd>
              <span className="text-std-16B-170">{t(levelLabelKey(level))}</span>
              <span className="ml-2">{t(`level.${level}_description`)}</span>
            </dd>
          </div>
        ))}
        {withConditionMark && (
          <div className="contents">
            <dt className="text-center text-std-17B-170" aria-hidden="true">
              {CONDITION_MARK}
            </dt>
            <dd>
              <span className="text-std-16B-170">{t("level.conditional")}</span>
              <span className="ml-2">{t("level.conditional_description")}</span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
