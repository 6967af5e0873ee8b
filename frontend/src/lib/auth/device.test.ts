import { describe, expect, it } from "vitest";
import { deviceApi } from "../../api/client";
import { json, mockFetch } from "../../test/fetchMock";
import { forgetDevice, getDeviceToken, saveDeviceCredentials } from "./device";
import { getSession, startSession } from "./session";
import { chuoStaff } from "../../test/fixtures";

describe("device token", () => {
  it("is fetched once, reused, fetched again a minute before it runs out, and dropped when refused", async () => {
    let issued = 0;
    const { requests } = mockFetch({
      "POST /api/v1/auth/token": () =>
        json({ access_token: `device-${++issued}`, token_type: "Bearer", expires_in: 900 }),
      "GET /api/v1/offices/1/floor": () => json({ type: "about:blank", title: "x", titleEn: "x", status: 401 }, 401),
    });
    expect(await getDeviceToken(0)).toBeNull();

    saveDeviceCredentials({ clientId: "chuo-kiosk", clientSecret: "secret" });
    expect(await getDeviceToken(0)).toBe("device-1");
    expect(await getDeviceToken(839_999)).toBe("device-1");
    expect(await getDeviceToken(840_000)).toBe("device-2");
    const body = new URLSearchParams(await requests[0].clone().text());
    expect(Object.fromEntries(body)).toEqual({
      grant_type: "client_credentials",
      client_id: "chuo-kiosk",
      client_secret: "secret",
    });

    // A refused device token never ends the staff session open in the same browser.
    startSession("staff-token", 1800, chuoStaff);
    await deviceApi.GET("/api/v1/offices/{officeId}/floor", { params: { path: { officeId: 1 } } });
    expect(requests.at(-1)!.headers.get("Authorization")).toBe("Bearer device-3");
    expect(getSession()).not.toBeNull();
    expect(await getDeviceToken()).toBe("device-4");
    forgetDevice();
    expect(await getDeviceToken()).toBeNull();
  });
});
