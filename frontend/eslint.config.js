// ESLint (flat config). `npm run lint` runs it; the Maven build (`./mvnw verify`) fails on any problem.
import path from "node:path";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = path.resolve(import.meta.dirname, "src/features");

/**
 * Features stay apart: a file under src/features/<x>/ may import from src/components, src/lib, src/api, src/app,
 * src/i18n (and the test helpers in src/test) and from its own folder, never from another feature's folder. What
 * two features share moves to src/components or src/lib. Relative paths are resolved against the importing file,
 * so `../auth/session` and `../../features/auth/session` are both caught, in static and dynamic imports alike.
 */
const featureBoundaries = {
  meta: {
    type: "problem",
    docs: { description: "a feature imports only shared code and its own folder, not another feature" },
    messages: {
      crossFeature:
        "'{{source}}' is in the feature '{{other}}': features/{{own}} may import src/components, src/lib, src/api, " +
        "src/app, src/i18n and its own folder only. Move what both need to src/components or src/lib.",
    },
    schema: [],
  },
  create(context) {
    const own = featureOf(context.filename);
    if (!own) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      if (!source.value.startsWith(".")) return;
      const other = featureOf(path.resolve(path.dirname(context.filename), source.value));
      if (other && other !== own) {
        context.report({ node: source, messageId: "crossFeature", data: { source: source.value, other, own } });
      }
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

/** The feature folder a path is in (`voices` for src/features/voices/api.ts), or undefined. */
function featureOf(file) {
  const relative = path.relative(FEATURES, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 ? first : undefined;
}

export default defineConfig(
  globalIgnores(["dist/", "coverage/", "src/api/schema.d.ts"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    // type information from the project's tsconfig files (tsconfig.app.json for src, tsconfig.node.json)
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // event handlers may be async (their promise is handled inside)
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // this file and other plain JavaScript are in no tsconfig
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Japanese text uses the ideographic space (U+3000): allowed in strings, templates and JSX text
    rules: {
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    // the two classic rules; the React Compiler rules of the plugin's "recommended" are left out (no compiler here)
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  jsxA11y.flatConfigs.recommended,
  {
    rules: {
      // a scrolling container is focusable so that keyboard users can scroll it (role="region" with a label)
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
    },
  },
  {
    files: ["src/features/**"],
    plugins: { wardhub: { rules: { "feature-boundaries": featureBoundaries } } },
    rules: { "wardhub/feature-boundaries": "error" },
  },
  // last: turns off the rules that Prettier's formatting would contradict
  prettier,
);
