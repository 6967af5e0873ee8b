import { useTranslation } from "react-i18next";
import { SectionNav } from "./SectionNav";

/** Links between the public counter guide's pages. */
export function CounterNav() {
  const { t } = useTranslation();
  const links = [
    { to: "/counter", label: t("counter.navFinder"), end: true },
    { to: "/counter/matrix", label: t("counter.navMatrix") },
    { to: "/counter/faq", label: t("counter.navFaq") },
  ];
  return <SectionNav label={t("counter.nav")} links={links} />;
}
