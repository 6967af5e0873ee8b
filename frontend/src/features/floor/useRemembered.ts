import { useState } from "react";

/** A choice kept in this browser's localStorage under `key` (the office or window a member of staff works at). */
export function useRemembered(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => localStorage.getItem(key) ?? "");
  const remember = (next: string) => {
    if (next) localStorage.setItem(key, next);
    else localStorage.removeItem(key);
    setValue(next);
  };
  return [value, remember];
}
