import { cleanup } from '@testing-library/react';
import type { ResourceKey } from 'i18next';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

import { initI18n } from '@/lib/i18n';
import { setSocketForTests } from '@/lib/socket';

import { server } from './msw/server';
import { clearAnsweredRequests } from './msw/typed-http';

// Form tests type with userEvent key by key through Mantine; on a busy 2-core machine one such
// test takes well over vitest's default 5 s. A safety net only: no test asserts a duration.
vi.setConfig({ testTimeout: 30_000 });

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => undefined;
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: vi.fn(), removeEventListener: vi.fn(), ready: Promise.resolve() },
});
window.scrollTo = () => undefined;

const files = import.meta.glob<{ default: ResourceKey }>('../locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, ResourceKey>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /locales\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
  resources[language] = { ...resources[language], [namespace]: module.default };
}

beforeAll(async () => {
  // Every HTTP call of a test is answered by the handlers it set (src/testing/msw); any other
  // call fails the test.
  server.listen({ onUnhandledRequest: 'error' });
  await initI18n({ resources, lng: 'en' });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  server.resetHandlers();
  clearAnsweredRequests();
  setSocketForTests(null);
});

afterAll(() => server.close());
