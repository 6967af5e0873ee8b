import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const backend = "http://localhost:8080";

export default defineConfig({
  base: "/",
  plugins: [react(), tailwindcss()],
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
