import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Reminder = components['schemas']['Reminder'];
export type ReminderRequest = components['schemas']['ReminderRequest'];
export type ReminderFilter = components['schemas']['ReminderFilter'];
export type ReminderDetail = components['schemas']['ReminderDetail'];

export const REMINDERS_PAGE_SIZE = 20;

const pending = (r: Reminder | undefined) => (r?.progress?.pending ?? 0) > 0;

/** The department's reminders, newest first; refreshed every few seconds while one is still sending. */
export function useReminders(code: string, page: number) {
  return useQuery({
    queryKey: ['reminders', code, page] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/departments/{code}/reminders', {
          params: { path: { code }, query: { page, size: REMINDERS_PAGE_SIZE } },
        }),
      ),
    enabled: !!code,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => ((query.state.data?.items ?? []).some(pending) ? 3000 : false),
  });
}

/** One reminder and its recipients (a page of 50). */
export function useReminder(code: string, reminderId: number | null, page = 0) {
  return useQuery({
    queryKey: ['reminders', code, 'detail', reminderId, page] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/departments/{code}/reminders/{reminderId}', {
          params: { path: { code, reminderId: reminderId! }, query: { page, size: 50 } },
        }),
      ),
    enabled: !!code && reminderId != null,
    refetchInterval: (query) => (pending(query.state.data?.reminder) ? 3000 : false),
  });
}

/**
 * Creates a reminder. The idempotency key is made once per opening of the dialog: a second click (or a retry
 * after a lost answer) sends the same key, and the server returns the same campaign instead of a second one.
 */
export function useCreateReminder(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ request, idempotencyKey }: { request: ReminderRequest; idempotencyKey: string }) =>
      body(
        await api.POST('/api/departments/{code}/reminders', {
          params: { path: { code }, header: { 'Idempotency-Key': idempotencyKey } },
          body: request,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reminders', code] }),
  });
}
