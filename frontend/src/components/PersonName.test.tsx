import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import i18n from "../app/i18n";
import { Providers } from "../app/Providers";
import { createQueryClient } from "../app/queryClient";
import { bureaus } from "../test/coordinationFixtures";
import { json, mockFetch } from "../test/fetchMock";
import { wards } from "../test/fixtures";
import { PersonName } from "./PersonName";

const names = [
  { username: "chuo", displayName: "中央 花子", role: "WARD", wardCode: "431010", bureauCode: null, sectionCode: null },
  {
    username: "hq",
    displayName: "本庁 太郎",
    role: "HQ",
    wardCode: null,
    bureauCode: "policy",
    sectionCode: "ward-coordination",
  },
  { username: "admin", displayName: "管理 者", role: "ADMIN", wardCode: null, bureauCode: null, sectionCode: null },
];

function renderPeople(usernames: string[]) {
  const { requests } = mockFetch({
    "GET /api/v1/staff/names": (request) =>
      json(names.filter((name) => new URL(request.url).searchParams.getAll("username").includes(name.username))),
    "GET /api/v1/wards": () => json(wards),
    "GET /api/v1/bureaus": () => json(bureaus),
  });
  render(
    <Providers queryClient={createQueryClient()}>
      <ul>
        {usernames.map((username, index) => (
          <li key={index}>
            <PersonName username={username} />
          </li>
        ))}
      </ul>
    </Providers>,
  );
  return requests;
}

describe("PersonName", () => {
  it("shows each person by name and place, asking for every name on the page in one request", async () => {
    const requests = renderPeople(["chuo", "hq", "admin", "chuo", "partner-city-web"]);
    expect(await screen.findAllByText("中央 花子（中央区）")).toHaveLength(2);
    expect(await screen.findByText("本庁 太郎（政策局 区政推進課）")).toBeInTheDocument();
    expect(screen.getByText("管理 者")).toBeInTheDocument();
    // An id that is no account (a partner system) stays as it is.
    expect(screen.getByText("partner-city-web")).toBeInTheDocument();
    const asked = requests.filter((request) => new URL(request.url).pathname === "/api/v1/staff/names");
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0].url).searchParams.getAll("username").sort()).toEqual([
      "admin",
      "chuo",
      "hq",
      "partner-city-web",
    ]);
  });

  it("puts the place in ASCII parentheses in English", async () => {
    await i18n.changeLanguage("en");
    renderPeople(["chuo"]);
    expect(await screen.findByText("中央 花子 (Chuo Ward)")).toBeInTheDocument();
  });
});
