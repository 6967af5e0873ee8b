import { useTranslation } from "react-i18next";
import { BackLink } from "../../components/BackLink";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useDraftFaq } from "./api";
import type { FaqDetailLocationState } from "./FaqDetailPage";
import { EMPTY_FAQ_DRAFT } from "./faqDraft";
import { FaqForm } from "./FaqForm";

export function FaqNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("faqEditor.newTitle"));
  const navigate = useNavigate();
  const draft = useDraftFaq();
  return (
    <>
      <h1 className="page-title">{t("faqEditor.newTitle")}</h1>
      <p className="mb-6 max-w-3xl text-std-16N-170">{t("faqEditor.newIntro")}</p>
      {draft.isError && <ErrorMessage error={draft.error} />}
      <FaqForm
        initial={EMPTY_FAQ_DRAFT}
        mode="create"
        pending={draft.isPending}
        error={draft.error}
        onSubmit={(input) =>
          draft.mutate(input, {
            onSuccess: (faq) => {
              const state: FaqDetailLocationState = { message: "drafted" };
              void navigate(`/staff/faq/${faq.id}`, { state });
            },
          })
        }
      />
      <BackLink to="/staff/faq">{t("faqEditor.backToList")}</BackLink>
    </>
  );
}
