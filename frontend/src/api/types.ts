import type { components } from "./schema";

type Schemas = components["schemas"];

/**
 * The generated document marks no response property as required, but the API contract guarantees
 * these ones; the UI relies on them being present. The query functions narrow each response to
 * these types (`as Promise<Office>`), which TypeScript allows because each is a narrowing.
 */
type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

export type LoginRequest = Schemas["LoginRequest"];
export type Role = Schemas["Role"];
export type WardRef = WithRequired<Schemas["WardRef"], "code" | "nameJa" | "nameEn">;
export type BureauRef = WithRequired<Schemas["BureauRef"], "code" | "nameJa" | "nameEn">;
export type SectionRef = WithRequired<Schemas["Section"], "code" | "nameJa" | "nameEn">;
export type Me = Omit<
  WithRequired<Schemas["Me"], "username" | "displayName" | "role">,
  "ward" | "bureau" | "section"
> & {
  ward?: WardRef | null;
  bureau?: BureauRef | null;
  section?: SectionRef | null;
};
export type LoginResponse = Omit<WithRequired<Schemas["LoginResponse"], "accessToken" | "expiresIn">, "user"> & {
  user: Me;
};
export type Ward = WithRequired<Schemas["Ward"], "code" | "nameJa" | "nameKana" | "nameEn">;
export type OfficeType = Schemas["OfficeType"];
export type Office = WithRequired<
  Schemas["Office"],
  "id" | "type" | "wardCode" | "nameJa" | "nameKana" | "nameEn" | "address"
>;
export type OfficePage = Omit<WithRequired<Schemas["OfficePage"], "page" | "size" | "total">, "items"> & {
  items: Office[];
};
export type FieldError = WithRequired<Schemas["FieldError"], "field" | "rule" | "message">;
export type Problem = Omit<WithRequired<Schemas["Problem"], "type" | "title" | "titleEn" | "status">, "errors"> & {
  errors?: FieldError[];
};

/** Anything with a Japanese and an English name (wards, bureaus, sections, offices). */
export interface Named {
  nameJa: string;
  nameEn: string;
}
