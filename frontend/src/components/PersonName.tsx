import { usePersonNames } from "../lib/usePersonNames";

/** One person's name and place where a page shows a login id ({@link usePersonNames} for several at once). */
export function PersonName({ username }: { username: string | null | undefined }) {
  return <>{usePersonNames([username])(username)}</>;
}
