import { setupServer } from 'msw/node';

/**
 * The one MSW server of the unit tests (started in src/testing/setup.ts). It has no default
 * handlers: each test says which answers it needs with `server.use(...)`, and a request nobody
 * answers fails the test (`onUnhandledRequest: 'error'`).
 */
export const server = setupServer();
