import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useArrivalNotice } from "../../components/PageNotice";

/** What a form says to the page it goes to after saving: "created" or "saved". */
export interface SavedState {
  saved?: "created" | "saved";
}

/** Says, in the app's notice, that the record on this page was just created or saved by the form that came here. */
export function SavedNotice() {
  const { t } = useTranslation();
  const state = useLocation().state as SavedState | null;
  useArrivalNotice(state?.saved && t(`communityGroup.${state.saved}`));
  return null;
}
