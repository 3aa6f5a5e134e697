import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Certificate = components['schemas']['Certificate'];
export type CertificateKind = Certificate['kind'];
export type Verification = components['schemas']['CertificateVerification'];

/** The current certificates of a validated adhesion (none before validation or after a reopening). */
export function useCertificates(adhesionId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['certificates', adhesionId],
    queryFn: async () =>
      body(await api.GET('/api/adhesions/{adhesionId}/certificates', { params: { path: { adhesionId: adhesionId! } } })),
    enabled: adhesionId !== undefined && enabled,
  });
}

export async function fetchCertificate(adhesionId: number, kind: CertificateKind & string): Promise<Blob> {
  return body(
    await api.GET('/api/adhesions/{adhesionId}/certificates/{kind}', {
      params: { path: { adhesionId, kind } },
      parseAs: 'blob',
    }),
  ) as unknown as Blob;
}

/** Public: anyone holding a code checks it, without an account. */
export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: ['verification', code],
    queryFn: async () =>
      body(await api.GET('/api/public/certificates/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
    retry: false,
  });
}
