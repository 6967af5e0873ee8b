import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/schemas";
import { useVoicePhoto } from "./api";

/** An object URL for a blob while the component shows it; revoked when the blob changes or the component goes. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return undefined;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url;
}

function VoicePhotoItem({ voiceId, photo }: { voiceId: number; photo: Schema<"VoicePhoto"> }) {
  const { t } = useTranslation();
  const bytes = useVoicePhoto(voiceId, photo);
  const url = useObjectUrl(bytes.data);
  const alt = t("voice.photoAlt", { number: photo.position });
  return (
    <figure className="flex flex-col gap-2">
      {url ? (
        <a href={url} target="_blank" rel="noopener" className="link inline-block self-start">
          <img
            src={url}
            alt={alt}
            width={photo.width}
            height={photo.height}
            className="h-40 w-auto max-w-full rounded-8 border border-solid-gray-420 object-contain"
          />
          <span className="sr-only">{t("voice.photoOpensInNewTab")}</span>
        </a>
      ) : bytes.isError ? (
        <div role="alert" className="flex flex-col items-start gap-2 text-std-16N-170 text-error-2">
          {t("voice.photoFailed", { number: photo.position })}
          <button type="button" onClick={() => void bytes.refetch()} className="btn-secondary">
            {t("error.retry")}
          </button>
        </div>
      ) : (
        <p className="flex h-40 items-center text-std-16N-170">{t("voice.photoLoading", { number: photo.position })}</p>
      )}
      <figcaption className="text-std-16N-170 text-solid-gray-700">
        {t("voice.photoCaption", {
          number: photo.position,
          width: photo.width,
          height: photo.height,
          format: photo.mediaType === "image/png" ? "PNG" : "JPEG",
        })}
      </figcaption>
    </figure>
  );
}

/** 写真: the photos a resident sent with the voice, as thumbnails that open full size. */
export function VoicePhotos({ voice }: { voice: Schema<"Voice"> }) {
  const { t } = useTranslation();
  if (voice.photos.length === 0) return null;
  return (
    <section aria-labelledby="voice-photos" className="mt-8">
      <h2 id="voice-photos" className="section-title">
        {t("voice.photos")}
      </h2>
      <p className="mb-4 text-std-16N-170">{t("voice.photosHint")}</p>
      <ul className="flex flex-wrap gap-6">
        {voice.photos.map((photo) => (
          <li key={photo.position}>
            <VoicePhotoItem voiceId={voice.id} photo={photo} />
          </li>
        ))}
      </ul>
    </section>
  );
}
