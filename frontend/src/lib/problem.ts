import type { components } from '@/api/generated/schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

const TYPE_BASE = 'https://coop-en-ligne.fr/problems/';

/** An error answer of the API, carrying its problem document (RFC 9457). `message` is the French detail. */
export class ApiError extends Error {
  readonly problem: Problem;
  readonly status: number;

  constructor(problem: Problem, status: number) {
    super(problem.detail ?? problem.title ?? "La requête n'a pas pu aboutir.");
    this.name = 'ApiError';
    this.problem = problem;
    this.status = status;
  }

  /** True when the problem type ends with the given slug, e.g. "stale-version". */
  is(slug: string): boolean {
    return (this.problem.type ?? '').endsWith(`/${slug}`);
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The sentence to show for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Une erreur inattendue s'est produite. Réessayez plus tard.";
}

export function networkProblem(): ApiError {
  return new ApiError(
    {
      type: `${TYPE_BASE}network`,
      title: 'Serveur injoignable',
      status: 0,
      detail: 'Le serveur ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.',
    },
    0,
  );
}

export function unexpectedProblem(status: number): ApiError {
  return new ApiError(
    {
      type: `${TYPE_BASE}unexpected`,
      title: 'Erreur',
      status,
      detail:
        status >= 500
          ? 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.'
          : "La requête n'a pas pu aboutir.",
    },
    status,
  );
}

/** Violations grouped by field, several messages of one field joined into one sentence list. */
export function violationsByField(violations: Violation[]): Record<string, string> {
  const byField: Record<string, string[]> = {};
  for (const v of violations) {
    const field = v.field ?? '';
    (byField[field] ??= []).push(v.message ?? '');
  }
  return Object.fromEntries(Object.entries(byField).map(([field, messages]) => [field, messages.join(' ')]));
}
