import { render } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { Providers } from "../app/Providers";
import { createQueryClient } from "../app/queryClient";
import { routes } from "../app/routes";

/** Renders the whole app (shell and routes) at `path`, as the browser would after a deep link. */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}
