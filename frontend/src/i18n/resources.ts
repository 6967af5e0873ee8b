import adminEn from "../features/admin/i18n/en.json";
import adminJa from "../features/admin/i18n/ja.json";
import communityProjectsEn from "../features/community-projects/i18n/en.json";
import communityProjectsJa from "../features/community-projects/i18n/ja.json";
import communitySupportEn from "../features/community-support/i18n/en.json";
import communitySupportJa from "../features/community-support/i18n/ja.json";
import counterStatsEn from "../features/counter-stats/i18n/en.json";
import counterStatsJa from "../features/counter-stats/i18n/ja.json";
import consultationsEn from "../features/consultations/i18n/en.json";
import consultationsJa from "../features/consultations/i18n/ja.json";
import dashboardEn from "../features/dashboard/i18n/en.json";
import dashboardJa from "../features/dashboard/i18n/ja.json";
import dutiesEn from "../features/duties/i18n/en.json";
import dutiesJa from "../features/duties/i18n/ja.json";
import floorEn from "../features/floor/i18n/en.json";
import floorJa from "../features/floor/i18n/ja.json";
import passwordEn from "../features/password/i18n/en.json";
import passwordJa from "../features/password/i18n/ja.json";
import proposalResultsEn from "../features/proposal-results/i18n/en.json";
import proposalResultsJa from "../features/proposal-results/i18n/ja.json";
import proposalsEn from "../features/proposals/i18n/en.json";
import proposalsJa from "../features/proposals/i18n/ja.json";
import publicVoicesEn from "../features/public-voices/i18n/en.json";
import publicVoicesJa from "../features/public-voices/i18n/ja.json";
import voiceFormEn from "../features/voice-form/i18n/en.json";
import voiceFormJa from "../features/voice-form/i18n/ja.json";
import voicesEn from "../features/voices/i18n/en.json";
import voicesJa from "../features/voices/i18n/ja.json";
import commonEn from "./en.json";
import commonJa from "./ja.json";

/**
 * The texts of the SPA in one namespace. Shared texts live in ../i18n; a feature with many texts keeps its own
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
export const en = {
  ...commonEn,
  ...voicesEn,
  ...proposalsEn,
  ...consultationsEn,
  ...dutiesEn,
  ...dashboardEn,
  ...communityProjectsEn,
  ...communitySupportEn,
  ...passwordEn,
  ...floorEn,
  ...counterStatsEn,
  ...publicVoicesEn,
  ...proposalResultsEn,
  ...voiceFormEn,
  ...adminEn,
};
