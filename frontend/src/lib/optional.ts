/** Blank optional text is left out, so that the API stores "none" rather than an empty string. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A fee or amount as typed: blank is "none given"; anything else is sent as a number for the API to check. */
export function optionalYen(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}
