import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Schema } from "../../api/schemas";

export interface VoiceToSend {
  input: Schema<"ResidentVoiceInput">;
  photos: readonly File[];
}

/**
 * The form as the API reads it: the voice as a JSON part (a Blob, so that it carries its media type and is sent as
 * UTF-8) and each photo as a part named "photos".
 */
export function voiceFormData({ input, photos }: VoiceToSend): FormData {
  const form = new FormData();
  form.append("voice", new Blob([JSON.stringify(input)], { type: "application/json" }));
  for (const photo of photos) form.append("photos", photo, photo.name);
  return form;
}

/** Sends a resident's voice (no sign-in). Not retried: the API refuses the same text again as a duplicate. */
export function useSendVoice() {
  return useMutation({
    mutationFn: (voice: VoiceToSend) =>
      unwrap(
        api.POST("/api/v1/public/voices", {
          // The typed body only names the parts; what is sent is the multipart form.
          body: { voice: voice.input },
          bodySerializer: () => voiceFormData(voice),
        }),
      ),
  });
}

export interface StatusLookup {
  reference: string;
  code: string;
}

/**
 * Looks a voice up by its reference number and access code. A mutation rather than a query: it runs only when the
 * resident asks, never again on its own (a refetch would count as another guess towards the API's limit), and the
 * code stays out of any cache key.
 */
export function useVoiceStatusLookup() {
  return useMutation({
    mutationFn: ({ reference, code }: StatusLookup) =>
      unwrap(
        api.GET("/api/v1/public/voices/{reference}", {
          params: { path: { reference: reference.trim() }, query: { code: code.trim() } },
        }),
      ),
  });
}
