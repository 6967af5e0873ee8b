import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

interface Shown {
  /** Counts up, so that the same words said twice are announced twice. */
  id: number;
  content: ReactNode;
  /** The page it was said on: it is gone once the user is elsewhere. */
  path: string;
}

interface Notices {
  /** Says that something was done ("保存しました。"), in place of whatever was said before on the page. */
  show: (content: ReactNode) => void;
  dismiss: () => void;
}

const NoticeContext = createContext<Notices | null>(null);

/**
 * One notice at a time for the whole app: a new one replaces the one before, the user may close it, and it goes away
 * when the user leaves the page. It stays until then (no timer: WCAG 2.2.1), in a box at the foot of the window, so
 * that it is seen wherever on a long page the user saved, and is announced politely by screen readers.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [shown, setShown] = useState<Shown>();
  const count = useRef(0);
  // Layout effects run before the passive ones: a page that shows a notice as it opens already finds its own path.
  const path = useRef(pathname);
  useLayoutEffect(() => {
    if (path.current === pathname) return;
    path.current = pathname;
    setShown((current) => (current && current.path !== pathname ? undefined : current));
  }, [pathname]);
  const show = useCallback((content: ReactNode) => {
    count.current += 1;
    setShown({ id: count.current, content, path: path.current });
  }, []);
  const dismiss = useCallback(() => setShown(undefined), []);
  const notices = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <NoticeContext.Provider value={notices}>
      {children}
      <NoticeBox shown={shown?.path === pathname ? shown : undefined} onDismiss={dismiss} />
    </NoticeContext.Provider>
  );
}

function NoticeBox({ shown, onDismiss }: { shown: Shown | undefined; onDismiss: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // Keyboard users moving focus to the foot of the page must not have it hidden behind the box (WCAG 2.4.11).
  useEffect(() => {
    if (!shown || !box.current) return;
    const root = document.documentElement;
    root.style.scrollPaddingBottom = `${box.current.offsetHeight + 32}px`;
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, [shown]);
  return (
    <div ref={box} className="page-notice" data-shown={shown ? "" : undefined} data-testid="page-notice">
      {/* always in the page, so that what appears in it is announced; the status itself is there while shown */}
      <div aria-live="polite" aria-atomic="true" className="min-w-0 flex-1">
        {shown && (
          <div key={shown.id} role="status" className="flex items-start gap-2">
            <svg viewBox="0 0 24 24" className="mt-1 size-5 shrink-0" aria-hidden="true" focusable="false">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3" />
            </svg>
            <div className="min-w-0 [overflow-wrap:anywhere]">{shown.content}</div>
          </div>
        )}
      </div>
      {shown && (
        <button type="button" onClick={onDismiss} className="btn-secondary min-h-11 shrink-0 px-3 py-1">
          {t("common.dismissNotice")}
        </button>
      )}
    </div>
  );
}

/** The app's notice: `show` replaces whatever it said before. */
export function useNotice(): Notices {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error("useNotice needs a NoticeProvider (the app shell)");
  return notices;
}

/**
 * Shows `message` once as the page opens, when the page before sent one (a form that created a record and moved
 * here).
 */
export function useArrivalNotice(message: ReactNode) {
  const { show } = useNotice();
  const said = useRef(false);
  useEffect(() => {
    if (!message || said.current) return;
    said.current = true;
    show(message);
  }, [message, show]);
}

/**
 * A page's "done" messages ("submitted", "saved"…) through the app's notice: `say(done)` words one, the returned
 * function shows it (or, given undefined, takes the notice away as another step starts). `arrived` is the message
 * the page before sent, shown as the page opens.
 */
export function useDoneNotice<D>(arrived: D | undefined, say: (done: D) => ReactNode): (done: D | undefined) => void {
  const { show, dismiss } = useNotice();
  useArrivalNotice(arrived === undefined ? undefined : say(arrived));
  return (done) => (done === undefined ? dismiss() : show(say(done)));
}
