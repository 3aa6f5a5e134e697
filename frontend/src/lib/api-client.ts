import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/generated/schema';
import { sessionEvents, tokenStorage } from './auth';
import { ApiError, networkProblem, unexpectedProblem, type Problem } from './problem';

const PUBLIC_PATHS = new Set(['/api/auth/login', '/api/public/certificates/{code}', '/api/public/department-contacts/{code}']);

/**
 * - attaches the bearer token;
 * - turns every error answer into a thrown {@link ApiError} carrying the problem document;
 * - a 401 ends the session (the app sends the user to the login screen);
 * - a 403 "password-change-required" sends the user to the change-password screen.
 */
const authAndProblems: Middleware = {
  onRequest({ request, schemaPath }) {
    const token = tokenStorage.get();
    if (token && !PUBLIC_PATHS.has(schemaPath)) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok) return undefined;
    const problem = await readProblem(response);
    if (response.status === 401 && !PUBLIC_PATHS.has(schemaPath)) {
      tokenStorage.clear();
      sessionEvents.emit('session-ended');
    }
    const error = problem ? new ApiError(problem, response.status) : unexpectedProblem(response.status);
    if (response.status === 403 && error.is('password-change-required')) {
      sessionEvents.emit('password-change-required');
    }
    throw error;
  },
  onError({ error }) {
    return error instanceof ApiError ? error : networkProblem();
  },
};

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body: unknown = await response.clone().json();
    return body && typeof body === 'object' ? (body as Problem) : null;
  } catch {
    return null;
  }
}

/** The one HTTP client of the SPA, typed from openapi.yaml. */
export const api = createClient<paths>({
  // absolute, so that the Request constructor also works outside a browser (tests)
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // looked up at call time, so that a test's fetch interceptor is seen
  fetch: (request) => globalThis.fetch(request),
});
api.use(authAndProblems);

/**
 * The body of a successful answer. Error answers never get here: the middleware has thrown them.
 * An empty body where the contract promises one is the server's fault, reported as such.
 */
export function body<T>(result: { data?: T }): T {
  if (result.data === undefined) throw unexpectedProblem(500);
  return result.data;
}

/**
 * Every item of a paged list, one page after the other, for the short lists a screen shows whole (the departments:
 * 101 in France, beyond the API's page of 100).
 */
export async function allPages<T>(fetchPage: (page: number) => Promise<{ items?: T[]; totalPages?: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; ; page++) {
    const answer = await fetchPage(page);
    items.push(...(answer.items ?? []));
    if (page + 1 >= (answer.totalPages ?? 1)) return items;
  }
}
