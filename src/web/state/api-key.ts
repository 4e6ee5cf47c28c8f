/**
 * The analyst's API key and name for the review view: entered once, kept for the browser tab's
 * session in sessionStorage (gone when the tab closes), or in memory only where sessionStorage is
 * unavailable. Never in the URL, never in localStorage.
 */
const KEY = "stance-graph.review.apiKey";
const NAME = "stance-graph.review.analyst";

const memory = new Map<string, string>();

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(name: string): string | null {
  try {
    return session()?.getItem(name) ?? memory.get(name) ?? null;
  } catch {
    return memory.get(name) ?? null;
  }
}

function write(name: string, value: string | null): void {
  if (value === null) memory.delete(name);
  else memory.set(name, value);
  try {
    if (value === null) session()?.removeItem(name);
    else session()?.setItem(name, value);
  } catch {
    // Storage refused (private mode, quota): the value lives in memory for this page.
  }
}

export const apiKey = {
  get: (): string | null => read(KEY),
  set: (value: string): void => write(KEY, value),
  forget: (): void => write(KEY, null),
};

export const analystName = {
  get: (): string => read(NAME) ?? "",
  set: (value: string): void => write(NAME, value.trim() || null),
};
