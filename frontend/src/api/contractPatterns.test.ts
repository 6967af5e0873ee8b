/// <reference types="node" />
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The committed contract at the repository root, as the backend serves it. */
const contract = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../../openapi.yaml"), "utf8");

/** Keys whose values are sample data, not schema: a "pattern" inside them is not a regular expression. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);

function step(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Every regular expression the document declares (`pattern` values and `patternProperties` keys), by JSON path. */
function contractPatterns(node: unknown, path = "$"): Array<{ path: string; pattern: string }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => contractPatterns(item, step(path, i)));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
    const here = step(path, key);
    if (key === "pattern" && typeof value === "string") return [{ path: here, pattern: value }];
    if (DATA_KEYS.has(key)) return [];
    if (key === "patternProperties" && value !== null && typeof value === "object") {
      return Object.keys(value)
        .map((p) => ({ path: step(here, p), pattern: p }))
        .concat(contractPatterns(value, here));
    }
    return contractPatterns(value, here);
  });
}

/** The paths of the patterns a browser cannot compile, with the engine's reason. */
function unportablePatterns(document: unknown): string[] {
  return contractPatterns(document).flatMap(({ path, pattern }) => {
    try {
      new RegExp(pattern, "u");
      return [];
    } catch (error) {
      return [`${path}: ${JSON.stringify(pattern)} (${(error as Error).message})`];
    }
  });
}

describe("openapi.yaml patterns", () => {
  const document: unknown = parse(contract);

  it("declares patterns to check", () => {
    expect(contractPatterns(document).length).toBeGreaterThan(0);
  });

  it("compiles every pattern as a JavaScript regular expression", () => {
    expect(unportablePatterns(document)).toEqual([]);
  });

  it("reports a Java-only pattern by its JSON path", () => {
    const javaOnly: unknown = parse(`
components:
  schemas:
    ProcedureInput:
      properties:
        nameKana:
          type: string
          pattern: "[\\\\p{IsHiragana}ー・ 　]+"
        code:
          type: string
          pattern: "[a-z0-9-]{2,40}"
          example: { pattern: "(" }
`);
    const reported = unportablePatterns(javaOnly);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(/^\$\.components\.schemas\.ProcedureInput\.properties\.nameKana\.pattern: /);
  });
});
