import { useTranslation } from "react-i18next";

/** A link to an open-data file of the API with the filters given (the downloads need no sign-in). */
export function openDataUrl(path: string, params: URLSearchParams = new URLSearchParams()): string {
  const query = params.toString();
  return `${import.meta.env.VITE_API_BASE ?? ""}${path}${query ? `?${query}` : ""}`;
}

interface OpenDataLinksProps {
  /** The section's heading id, unique on the page. */
  id: string;
  csv: string;
  json: string;
  feed: string;
}

/** The open-data downloads of a public page (CSV, JSON, the Atom feed) and their licence. */
export function OpenDataLinks({ id, csv, json, feed }: OpenDataLinksProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="mt-8 rounded-8 border border-solid-gray-200 p-4">
      <h2 id={id} className="section-title mt-0">
        {t("openData.title")}
      </h2>
      <p className="text-std-16N-170">{t("openData.lead")}</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={csv} className="link" download>
            {t("openData.csv")}
          </a>
        </li>
        <li>
          <a href={json} className="link" type="application/json">
            {t("openData.json")}
          </a>
        </li>
        <li>
          <a href={feed} className="link" type="application/atom+xml">
            {t("openData.feed")}
          </a>
        </li>
      </ul>
      <p className="mt-2 text-std-16N-170">
        {t("openData.licence")}{" "}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.ja" className="link" rel="license">
          {t("openData.licenceName")}
        </a>
      </p>
    </section>
  );
}
