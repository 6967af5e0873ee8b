import { useTranslation } from "react-i18next";
import type { StreamState } from "../lib/useQueueStream";

/** A small text saying whether the page is following the floor live. */
export function StreamStatus({ state, className = "" }: { state: StreamState; className?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={`text-std-16N-170 ${className}`} data-testid="stream-status">
      {t(`floor.stream.${state}`)}
    </p>
  );
}
