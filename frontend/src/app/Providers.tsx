import { QueryClientProvider } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { I18nProvider } from "react-aria-components";
import { I18nextProvider, useTranslation } from "react-i18next";
import i18n from "./i18n";

/** Lets react-aria's built-in texts and formats follow the chosen language. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <I18nProvider locale={instance.language === "en" ? "en-US" : "ja-JP"}>{children}</I18nProvider>;
}

/**
 * The API writes its error messages in the language asked for: a read that failed is asked again when the language
 * changes, so that its message follows. (A failed write is not sent again by itself: its next attempt answers in the
 * new language.)
 */
function RefetchFailedReadsOnLanguageChange({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => {
    const refetch = () =>
      void queryClient.refetchQueries({ type: "active", predicate: (query) => query.state.status === "error" });
    i18n.on("languageChanged", refetch);
    return () => i18n.off("languageChanged", refetch);
  }, [queryClient]);
  return null;
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RefetchFailedReadsOnLanguageChange queryClient={queryClient} />
        <AriaLocale>{children}</AriaLocale>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
