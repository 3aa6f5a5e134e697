import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from './problem';

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 30_000,
    // a 4xx answer will not change by asking again
    retry: (failureCount, error) => {
      if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
      return failureCount < 2;
    },
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
