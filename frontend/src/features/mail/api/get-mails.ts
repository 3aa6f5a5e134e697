import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type MailMessage = components['schemas']['MailMessage'];
export type MailPage = components['schemas']['PageViewMailView'];

export const MAILS_PAGE_SIZE = 20;

export function getMailsQueryOptions(departmentCode: string, page: number) {
  const query = { page, size: MAILS_PAGE_SIZE };
  return queryOptions({
    queryKey: ['mails', departmentCode, query] as const,
    queryFn: async (): Promise<MailPage> =>
      body(await api.GET('/api/departments/{code}/mails', { params: { path: { code: departmentCode }, query } })),
  });
}

/** The emails sent on behalf of a department, newest first. */
export function useMails(departmentCode: string, page: number) {
  return useQuery({
    ...getMailsQueryOptions(departmentCode, page),
    enabled: !!departmentCode,
    placeholderData: keepPreviousData,
  });
}

export type MailState = 'sent' | 'failed' | 'queued';

/** Sent once the mailer accepted it; failed with the reason; waiting otherwise. */
export function mailState(mail: Pick<MailMessage, 'sentAt' | 'error'>): MailState {
  if (mail.sentAt) return 'sent';
  if (mail.error) return 'failed';
  return 'queued';
}
