import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api, body } from '@/lib/api-client';
import type { Session } from '@/lib/auth';

export const PASSWORD_MIN_LENGTH = 10;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, 'Saisissez votre mot de passe actuel.'),
    newPassword: z
      .string()
      .min(1, 'Choisissez un nouveau mot de passe.')
      .max(128, 'Le nouveau mot de passe ne peut pas dépasser 128 caractères.'),
    confirmation: z.string().min(1, 'Saisissez une seconde fois le nouveau mot de passe.'),
  })
  .refine((v) => v.newPassword === v.confirmation, {
    path: ['confirmation'],
    message: 'Les deux saisies du nouveau mot de passe ne sont pas identiques.',
  });

export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

/** The kinds of characters the rule counts (three of four needed), as the server counts them. */
export function passwordKinds(password: string): number {
  let kinds = 0;
  if (/\p{Ll}/u.test(password)) kinds++;
  if (/\p{Lu}/u.test(password)) kinds++;
  if (/\p{Nd}/u.test(password)) kinds++;
  if (/[^\p{L}\p{Nd}]/u.test(password)) kinds++;
  return kinds;
}

export async function changePassword({ currentPassword, newPassword }: ChangePasswordInput): Promise<Session> {
  return body(await api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
}

export function useChangePassword({ onSuccess }: { onSuccess?: (session: Session) => void } = {}) {
  return useMutation({ mutationFn: changePassword, onSuccess });
}
