import adminEn from "../features/admin/i18n/en.json";
import communityProjectsEn from "../features/community-projects/i18n/en.json";
import communitySupportEn from "../features/community-support/i18n/en.json";
import counterStatsEn from "../features/counter-stats/i18n/en.json";
import consultationsEn from "../features/consultations/i18n/en.json";
import dashboardEn from "../features/dashboard/i18n/en.json";
import dutiesEn from "../features/duties/i18n/en.json";
import floorEn from "../features/floor/i18n/en.json";
import passwordEn from "../features/password/i18n/en.json";
import proposalResultsEn from "../features/proposal-results/i18n/en.json";
import proposalsEn from "../features/proposals/i18n/en.json";
import publicVoicesEn from "../features/public-voices/i18n/en.json";
import voiceFormEn from "../features/voice-form/i18n/en.json";
import voicesEn from "../features/voices/i18n/en.json";
import commonEn from "./en.json";

/** The English texts, the same keys as ./resources; a chunk of its own, loaded when English is chosen. */
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
