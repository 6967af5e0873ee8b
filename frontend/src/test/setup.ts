import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import i18n from "../app/i18n";
import { en } from "../i18n/resourcesEn";
import { endSession } from "../lib/auth/session";

// findBy*/waitFor wait for a condition, never a fixed time: give them room on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });

// The app fetches the English texts when English is chosen; the tests have them at hand, so switching is immediate.
i18n.addResourceBundle("en", "translation", en);

beforeEach(async () => {
  await i18n.changeLanguage("ja");
});

afterEach(() => {
  cleanup();
  endSession();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
