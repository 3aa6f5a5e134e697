import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { cooperativeQueryKey, type Cooperative } from './get-cooperative';

export type IdentityUpdate = components['schemas']['IdentityUpdate'];

/** The fields of the identity form, in the server's names. */
export const IDENTITY_FIELDS = [
  'schoolName',
  'schoolType',
  'uai',
  'district',
  'addressLine',
  'postalCode',
  'city',
  'schoolEmail',
  'schoolPhone',
  'mandataireEmail',
  'mandatairePhone',
] as const;

export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** What only the departmental OCCE (staff) and the admin may change. */
export const STAFF_ONLY_FIELDS: readonly IdentityField[] = ['schoolName', 'schoolType', 'uai', 'district'];

const optionalPattern = (pattern: RegExp, message: string) =>
  z.string().trim().refine((v) => v === '' || pattern.test(v), message);

const optionalEmail = z
  .string()
  .trim()
  .max(120, 'Ce texte ne peut pas dépasser 120 caractères.')
  .refine((v) => v === '' || z.email().safeParse(v).success, "L'adresse e-mail n'est pas valide.");

const phone = optionalPattern(
  /^\+?[0-9 .()-]{6,20}$/,
  "Le numéro de téléphone n'est pas valide (chiffres, espaces, points, de 6 à 20 signes).",
);

/** The same rules as the server (ValidationMessages.properties), checked before sending. */
export const identityInputSchema = z.object({
  schoolName: z
    .string()
    .trim()
    .min(3, "Le nom de l'école doit contenir entre 3 et 150 caractères.")
    .max(150, "Le nom de l'école doit contenir entre 3 et 150 caractères."),
  schoolType: z.string().trim().max(60, 'Ce texte ne peut pas dépasser 60 caractères.'),
  uai: optionalPattern(
    /^[0-9]{2}[0-9AB][0-9]{4}[A-Z]$/i,
    "Le code UAI (ancien RNE) a sept chiffres suivis d'une lettre, par exemple 0460410N.",
  ),
  district: z.string().trim().max(80, 'La circonscription a 80 caractères au plus.'),
  addressLine: z.string().trim().max(200, 'Ce texte ne peut pas dépasser 200 caractères.'),
  postalCode: optionalPattern(/^[0-9][0-9AB][0-9]{3}$/, 'Le code postal a cinq chiffres, par exemple 46000.'),
  city: z
    .string()
    .trim()
    .min(1, 'La commune est obligatoire (80 caractères au plus).')
    .max(80, 'La commune est obligatoire (80 caractères au plus).'),
  schoolEmail: optionalEmail,
  schoolPhone: phone,
  mandataireEmail: optionalEmail,
  mandatairePhone: phone,
});

export type IdentityInput = z.infer<typeof identityInputSchema>;

/** The form's values for a cooperative: absent values are empty strings. */
export function identityValues(c: Cooperative): IdentityInput {
  return Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, c[f] ?? ''])) as IdentityInput;
}

/**
 * The PATCH body: the version read, and only the fields that changed among those the account may change.
 * An emptied field is sent as "" (the server clears it).
 */
export function identityUpdate(
  cooperative: Cooperative,
  values: IdentityInput,
  editable: readonly IdentityField[],
): IdentityUpdate {
  const before = identityValues(cooperative);
  const update: IdentityUpdate = { version: cooperative.version ?? 0 };
  for (const field of editable) {
    let value = values[field].trim();
    if (field === 'uai') value = value.toUpperCase();
    if (value !== before[field].trim()) update[field] = value;
  }
  return update;
}

export async function updateIdentity({ id, update }: { id: number; update: IdentityUpdate }): Promise<Cooperative> {
  return body(await api.PATCH('/api/cooperatives/{id}', { params: { path: { id } }, body: update }));
}

export function useUpdateIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIdentity,
    onSuccess: (cooperative, { id }) => {
      queryClient.setQueryData(cooperativeQueryKey(id), cooperative);
      // the lists show the school's name, city and UAI
      return queryClient.invalidateQueries({ queryKey: ['cooperatives'] });
    },
  });
}
