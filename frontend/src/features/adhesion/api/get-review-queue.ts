import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import type { Missing, QueueStatus } from '../utils/review-wording';

export type ReviewQueueItem = components['schemas']['ReviewQueueItem'];
export type ReviewQueuePage = components['schemas']['PageViewQueueItem'];

export const QUEUE_PAGE_SIZE = 20;

export type ReviewQueueSearch = {
  departmentCode: string;
  status: QueueStatus;
  missing?: Missing | null;
  /** The current school year when absent. */
  year?: string | null;
  /** From 0, as the API counts. */
  page: number;
};

/** Every page and filter of every department's queue starts with this key (to refresh them all after a change). */
export const reviewQueueRootKey = ['review-queue'] as const;

export function getReviewQueueQueryOptions({ departmentCode, status, missing, year, page }: ReviewQueueSearch) {
  const query = {
    status,
    missing: missing || undefined,
    year: year || undefined,
    page,
    size: QUEUE_PAGE_SIZE,
  };
  return queryOptions({
    queryKey: [...reviewQueueRootKey, departmentCode, query] as const,
    queryFn: async (): Promise<ReviewQueuePage> =>
      body(await api.GET('/api/departments/{code}/review-queue', { params: { path: { code: departmentCode }, query } })),
  });
}

/** The adhesions to review, oldest submission first; the previous page stays on screen while the next one loads. */
export function useReviewQueue(search: ReviewQueueSearch) {
  return useQuery({
    ...getReviewQueueQueryOptions(search),
    enabled: !!search.departmentCode,
    placeholderData: keepPreviousData,
  });
}
