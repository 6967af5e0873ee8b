import { useTranslation } from "react-i18next";

export function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-std-16N-170 text-solid-gray-700">
      {t("common.loading")}
    </p>
  );
}
