import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider, createBrowserRouter } from "react-router";
import { i18nReady } from "./app/i18n";
import { Providers } from "./app/Providers";
import { createQueryClient } from "./app/queryClient";
import { routes } from "./app/routes";
import "./index.css";

const router = createBrowserRouter(routes);
await i18nReady;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
