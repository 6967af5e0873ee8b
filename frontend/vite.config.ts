import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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

/** The kinds of file worth compressing (images are compressed already). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy of every compressible file of the build, at the highest levels: the
 * server sends the copy the browser accepts instead of compressing the same file again on every request.
 */
function precompress(): Plugin {
  let outDir = "dist";
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of files(outDir).filter((name) => COMPRESSIBLE.test(name))) {
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [react(), tailwindcss(), stylesheetFirst(), precompress()],
  server: {
    proxy: {
      "/api": backend,
      "/q": backend,
    },
  },
  build: {
    outDir: "dist",
    rolldownOptions: {
      output: {
        // What the first page needs before it can render goes out as two files, the libraries (which change rarely,
        // so a new release keeps them cached) and our shell, instead of twenty: on a slow line each file costs a
        // round trip, and a browser opens six connections. Pages load when opened; what eight or more of them share
        // (lists, form fields, the organisation's names) is one more file instead of a dozen of 1-5 KB each, and
        // what fewer pages share stays split.
        codeSplitting: {
          groups: [
            { name: "vendor", tags: ["$initial"], test: /[\\/]node_modules[\\/]/, priority: 2 },
            { name: "shell", tags: ["$initial"], priority: 1 },
            { name: "common", test: /[\\/]src[\\/]/, minShareCount: 8, priority: 0 },
          ],
        },
      },
    },
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
