import type { Schema } from "../../api/schemas";

/** The reasons for being served first (優先受付), in the order the kiosk and floor guide offer them. */
export const PRIORITIES: readonly Schema<"Priority">[] = ["ELDERLY", "DISABILITY", "PREGNANCY", "INFANT", "ILLNESS"];
