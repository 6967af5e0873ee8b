import { useSyncExternalStore } from "react";
import type { Schema } from "../../api/schemas";

/** A signed-in user's session, kept in sessionStorage so that it ends with the browser tab. */
export interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the token is no longer accepted. */
  expiresAt: number;
  user: Schema<"Me">;
}

export const SESSION_STORAGE_KEY = "wardhub.session";

type ExpiryListener = () => void;
export type SessionEnd = "signedOut" | "expired";

let current: Session | null = readStored();
let lastEnd: SessionEnd | null = null;
const changeListeners = new Set<() => void>();
const expiryListeners = new Set<ExpiryListener>();

function readStored(): Session | null {
  const raw = sessionStorage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed.accessToken === "string" && typeof parsed.expiresAt === "number" ? parsed : null;
  } catch {
    return null;
  }
}

function setCurrent(session: Session | null) {
  current = session;
  if (session) sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_STORAGE_KEY);
  changeListeners.forEach((listener) => listener());
}

export function getSession(): Session | null {
  return current;
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return now >= session.expiresAt;
}

export function startSession(accessToken: string, expiresInSeconds: number, user: Schema<"Me">, now = Date.now()) {
  lastEnd = null;
  setCurrent({ accessToken, expiresAt: now + expiresInSeconds * 1000, user });
}

/** Sign-out chosen by the user. */
export function endSession() {
  lastEnd = "signedOut";
  setCurrent(null);
}

/** The token ran out or the server refused it: end the session and tell whoever shows the sign-in page. */
export function expireSession() {
  if (!current) return;
  lastEnd = "expired";
  setCurrent(null);
  expiryListeners.forEach((listener) => listener());
}

/** Ends the session if its token has run out. */
export function expireIfDue(now = Date.now()) {
  if (current && isExpired(current, now)) expireSession();
}

/** The bearer token for the next request, or null; an expired session is ended on the way. */
export function getAccessToken(): string | null {
  expireIfDue();
  return current?.accessToken ?? null;
}

/** How the last session in this tab ended, if one did. */
export function lastSessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function onSessionExpired(listener: ExpiryListener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

function subscribe(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}
