import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface ScrollFrameProps {
  /** The id of the caption or heading that names the table (or give `label`). */
  labelledBy?: string;
  label?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A wide table's frame: the table scrolls sideways inside it, never the page (WCAG 1.4.10 allows a data table to).
 * While it does scroll, the frame is a region named after the table ("…, table, scrolls sideways") and a tab stop, so
 * that keyboard users can scroll it with the arrow keys; while the table fits, it is neither.
 */
export function ScrollFrame({ labelledBy, label, className, children }: ScrollFrameProps) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(frame);
  const hint = useId();
  return (
    <div
      ref={frame}
      role={scrolls ? "region" : undefined}
      aria-labelledby={scrolls && labelledBy ? `${labelledBy} ${hint}` : undefined}
      aria-label={scrolls && !labelledBy ? `${label ?? ""} ${t("common.scrollsSideways")}` : undefined}
      // a region while it scrolls (role above), and then reachable by keyboard to scroll it
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrolls ? 0 : undefined}
      className={className ? `scroll-frame ${className}` : "scroll-frame"}
    >
      <span id={hint} hidden>
        {t("common.scrollsSideways")}
      </span>
      {children}
    </div>
  );
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
