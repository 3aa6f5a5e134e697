import type { components } from '@/api/generated/schema';

export type Me = components['schemas']['Me'];
export type Session = components['schemas']['Session'];
export type Role = NonNullable<Me['role']>;

const TOKEN_KEY = 'coop.token';

/** The bearer token lives in sessionStorage: it ends with the tab, and is never sent as a cookie. */
export const tokenStorage = {
  get(): string | null {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string) {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear() {
    window.sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** What the HTTP client tells the app about the session, so the app can navigate. */
export type SessionEvent = 'session-ended' | 'password-change-required';
type Listener = (event: SessionEvent) => void;
const listeners = new Set<Listener>();

export const sessionEvents = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  emit(event: SessionEvent) {
    listeners.forEach((listener) => listener(event));
  },
};

export function isStaff(me: Pick<Me, 'role'> | undefined): boolean {
  return me?.role === 'staff' || me?.role === 'admin';
}

export function isAdmin(me: Pick<Me, 'role'> | undefined): boolean {
  return me?.role === 'admin';
}
