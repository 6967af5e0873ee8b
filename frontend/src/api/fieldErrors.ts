import { withoutIds } from "../lib/apiText";
import { ApiError } from "./client";

/**
 * The API's field errors (the problem body's `errors: [{field, rule, message}]`) keyed by field, the first message of
 * each: for react-aria's Form validationErrors and for the messages under native controls. `formField` names an API
 * field as the form does where they differ (see {@link wholeList}); by default the names are the API's.
 */
export function fieldErrorsOf(
  error: unknown,
  formField: (field: string) => string = (field) => field,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const fieldError of error.errors) {
    errors[formField(fieldError.field)] ??= withoutIds(fieldError.message);
  }
  return errors;
}

/** For a form that shows a list's errors once, for the whole list: "groupIds[1]" is "groupIds". */
export function wholeList(field: string): string {
  return field.replace(/\[\d+\]$/, "");
}
