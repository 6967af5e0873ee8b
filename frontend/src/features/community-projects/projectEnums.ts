import type { Schema } from "../../api/schemas";

/** The board's columns, in the order a project moves through them (a paused one waits beside the active ones). */
export const PROJECT_STATUSES: readonly Schema<"CommunityProjectStatus">[] = [
  "IDEA",
  "PLANNING",
  "ACTIVE",
  "PAUSED",
  "COMPLETED",
];
export const PROJECT_VISIBILITIES: readonly Schema<"ProjectVisibility">[] = ["PUBLIC", "INTERNAL"];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => values.includes(value as T);
}

export const isProjectStatus = oneOf(PROJECT_STATUSES);
export const isProjectVisibility = oneOf(PROJECT_VISIBILITIES);
