import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

/** What a form says to the page it goes to after saving: "created" or "saved". */
export interface SavedState {
  saved?: "created" | "saved";
}

/** Announces that the record on this page was just created or saved (when the form that did it navigated here). */
export function SavedNotice() {
  const { t } = useTranslation();
  const state = useLocation().state as SavedState | null;
  return <div role="status">{state?.saved && <p className="notice mb-6">{t(`communityGroup.${state.saved}`)}</p>}</div>;
}
