import { useQueries } from "@tanstack/react-query";
import DataLoader from "dataloader";
import { useTranslation } from "react-i18next";
import { api, unwrap } from "../api/client";
import type { Schema } from "../api/schemas";
import { useSectionNames } from "./useSectionNames";
import { useWardNames } from "./useWardNames";

type StaffName = Schema<"StaffName">;

/** People change names and posts rarely: keep what was read for ten minutes. */
const NAMES_STALE_MS = 10 * 60_000;

/**
 * Login ids asked for while a page renders go out as one request (the API takes up to 100 at once); the answers are
 * kept by TanStack Query, so the loader keeps nothing itself.
 */
const staffNames = new DataLoader<string, StaffName | null>(
  async (usernames) => {
    const found = await unwrap(api.GET("/api/v1/staff/names", { params: { query: { username: [...usernames] } } }));
    return usernames.map((username) => found.find((name) => name.username === username) ?? null);
  },
  { cache: false, maxBatchSize: 100 },
);

/**
 * Shows people, not login ids: "中央 花子（中央区）" for "chuo", with the HQ section for bureau staff. An id that is no
 * account (a partner system, "system") is shown as it is, as is every id until its name has been read.
 */
export function usePersonNames(
  usernames: readonly (string | null | undefined)[],
): (username: string | null | undefined) => string {
  const wanted = [...new Set(usernames.filter((username): username is string => !!username))];
  const results = useQueries({
    queries: wanted.map((username) => ({
      queryKey: ["staff-name", username],
      queryFn: () => staffNames.load(username),
      staleTime: NAMES_STALE_MS,
    })),
  });
  const { i18n } = useTranslation();
  const wardName = useWardNames();
  const sectionName = useSectionNames();
  const byUsername = new Map<string, StaffName>();
  results.forEach((result) => {
    if (result.data) byUsername.set(result.data.username, result.data);
  });
  return (username) => {
    if (!username) return "";
    const person = byUsername.get(username);
    if (!person) return username;
    const place = person.sectionCode
      ? sectionName(person.sectionCode)
      : person.wardCode
        ? wardName(person.wardCode)
        : undefined;
    if (!place) return person.displayName;
    return i18n.language === "en" ? `${person.displayName} (${place})` : `${person.displayName}（${place}）`;
  };
}
