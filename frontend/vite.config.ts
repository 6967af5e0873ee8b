import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const backend = "http://localhost:8080";

/**
 * Puts the stylesheet before the scripts in index.html. The first paint waits for it, and on a slow line the browser
 * would otherwise fetch it after the twenty scripts Vite lists first.
 */
function stylesheetFirst(): Plugin {
  return {
    name: "stylesheet-first",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const stylesheets = html.match(/\n\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        const rest = stylesheets.reduce((page, link) => page.replace(link, ""), html);
        return rest.replace(/\n(\s*)<script type="module"/, (script) => stylesheets.join("") + script);
      },
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [react(), tailwindcss(), stylesheetFirst()],
  server: {
    proxy: {
      "/api": backend,
      "/q": backend,
    },
  },
  build: {
    outDir: "dist",
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    // generous: on a loaded machine a page test can take many seconds; none may fail for being slow
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: {
      // Node's Request needs absolute URLs; the browser build uses relative ones.
      VITE_API_BASE: "http://wardhub.test",
    },
  },
});
