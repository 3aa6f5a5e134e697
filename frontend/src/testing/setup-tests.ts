import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './mocks/server';

// Two cores running several test files at once: give screens time to appear
configure({ asyncUtilTimeout: 5000 });

// What Mantine needs from a browser that jsdom lacks
const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// The API is mocked at the fetch level: every request a test does not expect fails it
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The day the fixtures describe (school year 2026-2027, its deadline passed): what a screen derives from today (the
// school year, a date picker's limits, a default date) does not move with the calendar. Only Date is faked: timers run.
const FIXTURES_DAY = new Date('2026-11-23T09:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXTURES_DAY });
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  // the notifications' store outlives a rendered tree
  notifications.clean();
  server.resetHandlers();
  window.sessionStorage.clear();
});
afterAll(() => server.close());
