import { optional, optionalYen } from "../../lib/optional";
import type { Schema } from "../../api/schemas";

/** One place's line in the availability editor, as typed. */
export interface OfferRow {
  place: Schema<"Place">;
  level: Schema<"AvailabilityLevel">;
  conditionsJa: string;
  conditionsEn: string;
  residentsOnly: boolean;
  feeYen: string;
  feeNote: string;
}

export function officePlace(office: Schema<"Office">): Schema<"Place"> {
  return {
    key: `office:${office.id}`,
    kind: "OFFICE",
    officeId: office.id,
    nameJa: office.nameJa,
    nameEn: office.nameEn,
    wardCode: office.wardCode,
    officeType: office.type,
  };
}

/**
 * Every place once: the offices, then the channels, then any place that only the current offers mention, each with
 * what it offers now (NONE where it offers nothing).
 */
export function offerRows(
  offices: Schema<"Office">[],
  channels: Schema<"Place">[],
  offers: Schema<"Offer">[],
): OfferRow[] {
  const places: Schema<"Place">[] = [...offices.map(officePlace), ...channels];
  for (const offer of offers) {
    if (!places.some((place) => place.key === offer.place.key)) places.push(offer.place);
  }
  return places.map((place) => {
    const offer = offers.find((candidate) => candidate.place.key === place.key);
    return {
      place,
      level: offer?.level ?? "NONE",
      conditionsJa: offer?.conditionsJa ?? "",
      conditionsEn: offer?.conditionsEn ?? "",
      residentsOnly: offer?.residentsOnly ?? false,
      feeYen: offer?.feeYen == null ? "" : String(offer.feeYen),
      feeNote: offer?.feeNote ?? "",
    };
  });
}

/** The PUT body: the places that offer the procedure at all (NONE is the absence of an offer). */
export function toAvailabilityInput(rows: OfferRow[]): Schema<"AvailabilityInput"> {
  return {
    offers: rows
      .filter((row) => row.level !== "NONE")
      .map((row) => ({
        placeKey: row.place.key,
        level: row.level,
        conditionsJa: optional(row.conditionsJa),
        conditionsEn: optional(row.conditionsEn),
        residentsOnly: row.residentsOnly,
        feeYen: optionalYen(row.feeYen),
        feeNote: optional(row.feeNote),
      })),
  };
}
