const UUID = /[:：]?\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A text of the API as a person reads it: without the UUIDs it may name ("…が見つかりません: 3f1c…"), which say
 * nothing to a reader (a failure's request id has a line of its own).
 */
export function withoutIds(text: string): string {
  return text
    .replace(UUID, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
