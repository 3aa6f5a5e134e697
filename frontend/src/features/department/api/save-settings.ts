import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { settingsQueryKey, type DepartmentSettings, type EmailKind } from './get-settings';

export type SettingsUpdate = components['schemas']['DepartmentSettingsUpdate'];

/** What the form edits: the contacts, the insurer, and for each email whether it is rewritten and its text. */
export type SettingsInput = {
  addressLine: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  website: string;
  contactName: string;
  openingHours: string;
  insurerName: string;
  insurerContractNumber: string;
  insurerDetails: string;
  templates: { kind: EmailKind; custom: boolean; subject: string; body: string }[];
};

export function settingsValues(s: DepartmentSettings): SettingsInput {
  return {
    addressLine: s.addressLine ?? '',
    postalCode: s.postalCode ?? '',
    city: s.city ?? '',
    email: s.email ?? '',
    phone: s.phone ?? '',
    website: s.website ?? '',
    contactName: s.contactName ?? '',
    openingHours: s.openingHours ?? '',
    insurerName: s.insurerName ?? '',
    insurerContractNumber: s.insurerContractNumber ?? '',
    insurerDetails: s.insurerDetails ?? '',
    templates: (s.emailTemplates ?? []).map((t) => ({
      kind: t.kind as EmailKind,
      custom: !!t.custom,
      subject: t.subject ?? '',
      body: t.body ?? '',
    })),
  };
}

/** The PUT body: the emails left on their default text are not sent (the server uses its default). */
export function settingsRequest(v: SettingsInput, version: number): SettingsUpdate {
  const { templates, ...contacts } = v;
  return {
    version,
    ...Object.fromEntries(Object.entries(contacts).map(([key, value]) => [key, value.trim()])),
    emailTemplates: templates.filter((t) => t.custom).map((t) => ({ kind: t.kind, subject: t.subject, body: t.body })),
  } as SettingsUpdate;
}

/** "emailTemplates.VALIDATION.body" → "templates.2.body" (the index of the kind in the form). */
export function settingsFormField(field: string, kinds: EmailKind[]): string {
  const match = /^emailTemplates\.([A-Z_]+)(?:\.(subject|body))?$/.exec(field);
  if (!match) return field;
  const index = kinds.indexOf(match[1] as EmailKind);
  return index < 0 ? 'root' : `templates.${index}.${match[2] ?? 'body'}`;
}

export function useSaveSettings(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SettingsUpdate): Promise<DepartmentSettings> =>
      body(await api.PUT('/api/departments/{code}/settings', { params: { path: { code } }, body: request })),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsQueryKey(code), settings);
      return queryClient.invalidateQueries({ queryKey: ['departments'] });
    },
  });
}
