import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api, body } from '@/lib/api-client';
import type { Session } from '@/lib/auth';

export const loginInputSchema = z.object({
  login: z.string().trim().min(1, 'Saisissez votre identifiant.').max(60, 'Identifiant trop long.'),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200, 'Mot de passe trop long.'),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export async function login(input: LoginInput): Promise<Session> {
  return body(await api.POST('/api/auth/login', { body: input }));
}

export function useLogin({ onSuccess }: { onSuccess?: (session: Session) => void } = {}) {
  return useMutation({ mutationFn: login, onSuccess });
}
