import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatYen, usedPercent } from "./money";

/**
 * How much of a programme's budget is granted: the figures in words, and a bar (a meter to assistive technology,
 * read out with the same words) so that nothing depends on the bar or its colour alone.
 */
export function BudgetMeter({
  budgetYen,
  grantedYen,
  remainingYen,
  name,
}: {
  budgetYen: number;
  grantedYen: number;
  remainingYen: number;
  /** The programme's name, so that each meter in a list has a name of its own. */
  name: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const percent = usedPercent(grantedYen, budgetYen);
  const text = t("supportProgram.budgetText", {
    granted: formatYen(grantedYen),
    budget: formatYen(budgetYen),
    percent,
    remaining: formatYen(remainingYen),
  });
  return (
    <div className="flex min-w-56 flex-col gap-1">
      <p id={`${id}-text`} className="text-std-16N-170">
        {text}
      </p>
      <div
        role="meter"
        aria-label={t("supportProgram.budgetMeter", { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-4 border border-solid-gray-600 bg-white"
      >
        <div className="h-full bg-blue-900" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
