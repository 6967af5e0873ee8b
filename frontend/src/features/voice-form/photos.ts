/** The API's limits on a resident's photos, checked here first so that nobody waits for an upload that will fail. */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ["image/jpeg", "image/png"] as const;

/** Why a chosen file was not added. */
export type PhotoRefusalReason = "tooMany" | "tooLarge" | "notJpegOrPng";

export interface PhotoRefusal {
  name: string;
  reason: PhotoRefusalReason;
}

/**
 * Adds the files just chosen to those already chosen, in order, as far as the limits allow: each file JPEG or PNG of
 * at most 5 MB, and three in all. Says which files were left out and why.
 */
export function addPhotos(
  chosen: readonly File[],
  added: readonly File[],
): { photos: File[]; refused: PhotoRefusal[] } {
  const photos = [...chosen];
  const refused: PhotoRefusal[] = [];
  for (const file of added) {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
      refused.push({ name: file.name, reason: "notJpegOrPng" });
    } else if (file.size > MAX_PHOTO_BYTES) {
      refused.push({ name: file.name, reason: "tooLarge" });
    } else if (photos.length >= MAX_PHOTOS) {
      refused.push({ name: file.name, reason: "tooMany" });
    } else {
      photos.push(file);
    }
  }
  return { photos, refused };
}

/** A file's size as people read it: "850 KB", "1.2 MB" (1 MB being 1,024 KB, as the limit counts). */
export function fileSize(bytes: number, language: string): string {
  const locale = language === "en" ? "en-GB" : "ja-JP";
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(
      megabytes,
    );
  }
  return new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}
