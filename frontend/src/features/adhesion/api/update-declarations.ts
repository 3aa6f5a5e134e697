import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { adhesionChangeKey, ifMatch, useAdhesionResult } from './change-adhesion';
import type { Adhesion, PaymentMeans } from './get-adhesion';

export type DeclarationsRequest = components['schemas']['DeclarationsRequest'];

export const DECLARATION_FIELDS = [
  'insured',
  'propertyValue',
  'instrumentValue',
  'subscriptionIds',
  'voluntaryParticipation',
  'paymentMeans',
] as const;
export type DeclarationField = (typeof DECLARATION_FIELDS)[number];

/** What a NumberInput gives: a number, or the numeric string being typed ("12.50"), or "" when empty. */
export type AmountValue = number | string;

/** The amount typed, as a number; NaN when nothing (or nothing numeric) is typed. */
export function amountValue(value: AmountValue | undefined): number {
  if (typeof value === 'number') return value;
  if (value === undefined || value.trim() === '') return Number.NaN;
  return Number(value);
}

const amount = (max: number) =>
  z
    .union([z.number(), z.string()])
    .refine((v) => !Number.isNaN(amountValue(v)), { message: 'Indiquez un montant (0 si rien).' })
    .refine((v) => !(amountValue(v) < 0), { message: 'Un montant ne peut pas être négatif.' })
    .refine((v) => !(amountValue(v) > max), { message: 'Ce montant est trop élevé.' });

/** The server's rules (ValidationMessages.properties), checked before sending. */
export const declarationsInputSchema = z.object({
  insured: z.enum(['oui', 'non']),
  propertyValue: amount(10_000_000),
  instrumentValue: amount(10_000_000),
  subscriptionIds: z.array(z.string()).max(10, 'Dix abonnements au plus.'),
  voluntaryParticipation: amount(100_000),
  paymentMeans: z.string(),
});

export type DeclarationsInput = z.infer<typeof declarationsInputSchema>;

export function declarationsValues(adhesion: Adhesion): DeclarationsInput {
  const d = adhesion.declarations ?? {};
  return {
    insured: d.insured || adhesion.campaign?.insuranceMandatory ? 'oui' : 'non',
    propertyValue: d.propertyValue ?? 0,
    instrumentValue: d.instrumentValue ?? 0,
    subscriptionIds: (d.subscriptionIds ?? []).map(String),
    voluntaryParticipation: d.voluntaryParticipation ?? 0,
    paymentMeans: d.paymentMeans ?? '',
  };
}

/** A money amount being typed, in euros and cents (nothing typed yet counts 0). */
export function euros(value: AmountValue | undefined): number {
  const n = amountValue(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) / 100 : 0;
}

export function declarationsRequest(values: DeclarationsInput): DeclarationsRequest {
  return {
    insured: values.insured === 'oui',
    propertyValue: euros(values.propertyValue),
    instrumentValue: euros(values.instrumentValue),
    subscriptionIds: values.subscriptionIds.map(Number).sort((a, b) => a - b),
    voluntaryParticipation: euros(values.voluntaryParticipation),
    paymentMeans: (values.paymentMeans || undefined) as PaymentMeans | undefined,
  };
}

/** "Mettre à jour les informations": insurance, declared values, subscriptions, participation, payment. */
export function useUpdateDeclarations() {
  const result = useAdhesionResult();
  return useMutation({
    mutationKey: adhesionChangeKey,
    mutationFn: async ({ adhesion, declarations }: { adhesion: Adhesion; declarations: DeclarationsRequest }) =>
      body(
        await api.PUT('/api/adhesions/{adhesionId}/declarations', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
          body: declarations,
        }),
      ),
    onSuccess: (raw) => result.onSuccess(raw),
    onError: (error, { adhesion }) => result.onError(error, adhesion),
  });
}
