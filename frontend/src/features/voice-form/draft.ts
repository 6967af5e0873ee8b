import type { Schema } from "../../api/schemas";
import { optional } from "../../lib/optional";

/** The resident's form as typed: every field a string (or the consent box), blank for "not given". */
export interface ResidentVoiceDraft {
  type: Schema<"VoiceType"> | "";
  category: string;
  wardCode: string;
  schoolDistrict: string;
  text: string;
  location: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** The hidden field people never see nor fill in: whatever is in it is sent, for the API to judge. */
  website: string;
}

export const emptyResidentVoiceDraft: ResidentVoiceDraft = {
  type: "",
  category: "",
  wardCode: "",
  schoolDistrict: "",
  text: "",
  location: "",
  name: "",
  email: "",
  phone: "",
  consent: false,
  website: "",
};

/** Whether the resident left any way to reach them: the consent is then required. */
export function hasContact(draft: ResidentVoiceDraft): boolean {
  return [draft.name, draft.email, draft.phone].some((value) => value.trim() !== "");
}

/**
 * The API's body. Contact details go only when some were given; the type is required by the form before this is
 * called (an empty one is left for the API to refuse).
 */
export function toResidentVoiceInput(draft: ResidentVoiceDraft): Schema<"ResidentVoiceInput"> {
  return {
    type: draft.type as Schema<"VoiceType">,
    category: draft.category,
    wardCode: optional(draft.wardCode),
    schoolDistrict: optional(draft.schoolDistrict),
    text: draft.text.trim(),
    location: optional(draft.location),
    contact: hasContact(draft)
      ? { name: optional(draft.name), email: optional(draft.email), phone: optional(draft.phone) }
      : undefined,
    consent: draft.consent,
    website: draft.website,
  };
}
