import { QueryClientProvider } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components";
import { I18nextProvider, useTranslation } from "react-i18next";
import i18n from "./i18n";

/** Lets react-aria's built-in texts and formats follow the chosen language. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <I18nProvider locale={instance.language === "en" ? "en-US" : "ja-JP"}>{children}</I18nProvider>;
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AriaLocale>{children}</AriaLocale>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
