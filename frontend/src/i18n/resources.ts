import adminJa from "../features/admin/i18n/ja.json";
import communityProjectsJa from "../features/community-projects/i18n/ja.json";
import communitySupportJa from "../features/community-support/i18n/ja.json";
import counterStatsJa from "../features/counter-stats/i18n/ja.json";
import consultationsJa from "../features/consultations/i18n/ja.json";
import dashboardJa from "../features/dashboard/i18n/ja.json";
import dutiesJa from "../features/duties/i18n/ja.json";
import floorJa from "../features/floor/i18n/ja.json";
import passwordJa from "../features/password/i18n/ja.json";
import proposalResultsJa from "../features/proposal-results/i18n/ja.json";
import proposalsJa from "../features/proposals/i18n/ja.json";
import publicVoicesJa from "../features/public-voices/i18n/ja.json";
import voiceFormJa from "../features/voice-form/i18n/ja.json";
import voicesJa from "../features/voices/i18n/ja.json";
import commonJa from "./ja.json";

/**
 * The Japanese texts of the SPA in one namespace, bundled with the app (Japanese is the default and the fallback; the
 * English texts are loaded when chosen, from ./resourcesEn). Shared texts live in ../i18n; a feature with many texts keeps its own
 * bundle beside its code, under top-level keys of its own (e.g. "voice", "voiceStatus").
 */
export const ja = {
  ...commonJa,
  ...voicesJa,
  ...proposalsJa,
  ...consultationsJa,
  ...dutiesJa,
  ...dashboardJa,
  ...communityProjectsJa,
  ...communitySupportJa,
  ...passwordJa,
  ...floorJa,
  ...counterStatsJa,
  ...publicVoicesJa,
  ...proposalResultsJa,
  ...voiceFormJa,
  ...adminJa,
};
