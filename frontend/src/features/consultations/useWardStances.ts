import { useTranslation } from "react-i18next";
import { useWards } from "../../api/organization";
import type { Schema } from "../../api/schemas";
import { useLocalName } from "../../app/useLocalName";
import { stanceLabelKey } from "./consultationText";

/** "中央区: 条件付き同意、北区: 未回答" — the stance of each addressed ward, in words. */
export function useWardStances() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { data: wards } = useWards();
  return (consultation: Schema<"ConsultationSummary">) =>
    consultation.wards
      .map((addressed) => {
        const ward = wards?.find((candidate) => candidate.code === addressed.wardCode);
        const name = ward ? localName(ward) : addressed.wardCode;
        const stance = addressed.stance ? t(stanceLabelKey(addressed.stance)) : t("consultation.notAnswered");
        return t("consultation.wardStance", { ward: name, stance });
      })
      .join(t("consultation.listSeparator"));
}
