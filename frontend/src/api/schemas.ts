import type { components } from "./schema";

/** A body of the WardHub API by its name in openapi.yaml, as generated: `Schema<"Office">`. */
export type Schema<N extends keyof components["schemas"]> = components["schemas"][N];
