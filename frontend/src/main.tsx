import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider, createBrowserRouter } from "react-router";
import { i18nReady } from "./app/i18n";
import { Providers } from "./app/Providers";
import { createQueryClient } from "./app/queryClient";
import { routes } from "./app/routes";
import "./index.css";

const router = createBrowserRouter(routes);
await i18nReady;

const root = createRoot(document.getElementById("root")!);
// As a transition, the first render yields to the browser every few milliseconds instead of holding the main thread
// (on a slow phone, one long task); the static header of index.html stays until the app is ready to replace it.
startTransition(() => {
  root.render(
    <StrictMode>
      <Providers queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
