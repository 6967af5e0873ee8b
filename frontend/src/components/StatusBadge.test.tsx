import { render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { STATUS_TONES, StatusBadge, type StatusTone, statusTone } from "./StatusBadge";

const TONES: StatusTone[] = ["draft", "new", "progress", "success", "done", "caution", "stopped"];

/** The drawing of a tone's icon, as markup, from a badge of the first status that has the tone. */
function iconOf(tone: StatusTone): string {
  for (const [family, statuses] of Object.entries(STATUS_TONES)) {
    const status = Object.entries(statuses).find(([, candidate]) => candidate === tone)?.[0];
    if (status) {
      const markup = renderToStaticMarkup(
        <StatusBadge family={family as keyof typeof STATUS_TONES} status={status as never}>
          x
        </StatusBadge>,
      );
      return /<svg[^>]*>(.*)<\/svg>/.exec(markup)?.[1] ?? "";
    }
  }
  throw new Error(`no status has the tone ${tone}`);
}

describe("StatusBadge", () => {
  it("says the status in words, with its tone's icon hidden from screen readers", () => {
    render(
      <StatusBadge family="voice" status="ASSIGNED">
        担当割り当て済み
      </StatusBadge>,
    );
    const badge = screen.getByText("担当割り当て済み");
    expect(badge).toHaveAttribute("data-tone", "progress");
    expect(badge).toHaveClass("whitespace-nowrap", "bg-blue-50", "text-blue-1000");
    const icon = badge.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveAttribute("focusable", "false");
  });

  it("gives the same meaning the same look in every workflow", () => {
    expect(statusTone("voice", "CLOSED")).toBe("done");
    expect(statusTone("application", "SETTLED")).toBe("done");
    expect(statusTone("proposal", "WITHDRAWN")).toBe("stopped");
    expect(statusTone("application", "DECLINED")).toBe("stopped");
    expect(statusTone("faq", "PUBLISHED")).toBe("success");
    expect(statusTone("ticket", "NO_SHOW")).toBe("caution");
    expect(statusTone("project", "IDEA")).toBe("draft");
  });

  it("tells every tone apart by its icon as well as its colour", () => {
    const icons = TONES.map(iconOf);
    expect(icons.every((icon) => icon.length > 0)).toBe(true);
    expect(new Set(icons).size).toBe(TONES.length);
  });

  it("draws a status this version does not know as a plain one", () => {
    render(
      <StatusBadge family="voice" status={"ARCHIVED" as never}>
        archived
      </StatusBadge>,
    );
    expect(screen.getByText("archived")).toHaveAttribute("data-tone", "new");
  });

  it("is larger where the status is the page's main news", () => {
    render(
      <StatusBadge family="publicVoice" status="ANSWERED" size="large">
        回答済み
      </StatusBadge>,
    );
    const badge = screen.getByText("回答済み");
    expect(badge).toHaveClass("text-std-18B-160", "bg-green-50", "text-green-1100");
    expect(badge.querySelector("svg")).toHaveClass("size-6");
  });
});
