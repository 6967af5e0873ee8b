/**
 * A counter device (a kiosk) signs in as a partner client of its own, not as a member of staff: its client id and
 * secret are entered once by staff and kept in this browser's localStorage, and the client token it gets is kept in
 * memory only and fetched again before it runs out. Staff sessions (session.ts) are untouched by any of this.
 */
export interface DeviceCredentials {
  clientId: string;
  clientSecret: string;
}

export const DEVICE_STORAGE_KEY = "wardhub.device";
const TOKEN_PATH = "/api/v1/auth/token";
/** Fetch a new token this long before the current one runs out. */
const REFRESH_MARGIN_MS = 60_000;

interface DeviceToken {
  accessToken: string;
  expiresAt: number;
}

let token: DeviceToken | null = null;
let pending: Promise<string> | null = null;

export function getDeviceCredentials(): DeviceCredentials | null {
  const raw = localStorage.getItem(DEVICE_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DeviceCredentials>;
    return typeof parsed.clientId === "string" && typeof parsed.clientSecret === "string"
      ? { clientId: parsed.clientId, clientSecret: parsed.clientSecret }
      : null;
  } catch {
    return null;
  }
}

export function saveDeviceCredentials(credentials: DeviceCredentials) {
  localStorage.setItem(DEVICE_STORAGE_KEY, JSON.stringify(credentials));
  token = null;
}

export function forgetDevice() {
  localStorage.removeItem(DEVICE_STORAGE_KEY);
  token = null;
}

/** Drops the token in memory (the API refused it), so that the next call gets a new one. */
export function dropDeviceToken() {
  token = null;
}

/** Why a device could not get a token: its credentials were refused (401), or anything else (e.g. offline, 429). */
export class DeviceAuthError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter?: number,
  ) {
    super(`device token refused (${status})`);
    this.name = "DeviceAuthError";
  }
}

/** Asks the API for a client token (OAuth2 client credentials). */
export async function requestDeviceToken(credentials: DeviceCredentials, now = Date.now()): Promise<DeviceToken> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  let response: Response;
  try {
    response = await globalThis.fetch(
      new Request(`${import.meta.env.VITE_API_BASE ?? ""}${TOKEN_PATH}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body,
      }),
    );
  } catch {
    throw new DeviceAuthError(0);
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("Retry-After") ?? Number.NaN);
    throw new DeviceAuthError(response.status, Number.isNaN(retryAfter) ? undefined : retryAfter);
  }
  const answer = (await response.json()) as { access_token: string; expires_in: number };
  return { accessToken: answer.access_token, expiresAt: now + answer.expires_in * 1000 };
}

/** The device's token, fetched when there is none or it is about to run out; null when the device is not set up. */
export async function getDeviceToken(now = Date.now()): Promise<string | null> {
  const credentials = getDeviceCredentials();
  if (!credentials) return null;
  if (token && now < token.expiresAt - REFRESH_MARGIN_MS) return token.accessToken;
  pending ??= requestDeviceToken(credentials, now)
    .then((fresh) => {
      token = fresh;
      return fresh.accessToken;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}
