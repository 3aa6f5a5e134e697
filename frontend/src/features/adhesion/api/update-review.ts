import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { ifMatch } from './change-adhesion';
import { amountDue, toAdhesion, type Adhesion, type PaymentMeans } from './get-adhesion';
import { api, body } from '@/lib/api-client';
import type { ChangeFormStatus } from '../utils/review-wording';
import { useReviewResult, type ReviewRequest } from './get-review';

/** The fields of the checklist, in the server's names (violations come back with them). */
export const REVIEW_FIELDS = [
  'paymentReceived',
  'paymentAmount',
  'paymentMethod',
  'paymentReference',
  'paymentDate',
  'engagementReceived',
  'mandataireChangeForm',
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** What a NumberInput gives: a number, or "" when empty. */
type AmountValue = number | string;

function amountValue(value: AmountValue): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

/** Today in the browser's calendar, as the API writes dates ("2026-09-25"). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The server's rules (ValidationMessages.properties and ReviewService), checked before sending. */
export const reviewInputSchema = z
  .object({
    paymentReceived: z.enum(['oui', 'non']),
    paymentAmount: z.union([z.number(), z.string()]),
    paymentMethod: z.string(),
    paymentReference: z.string().trim().max(80, 'La référence du paiement compte 80 caractères au plus.'),
    paymentDate: z.string(),
    engagementReceived: z.boolean(),
    mandataireChangeForm: z.enum(['NONE', 'RECEIVED', 'PENDING']),
  })
  .superRefine((v, ctx) => {
    if (v.paymentReceived !== 'oui') return;
    const amount = amountValue(v.paymentAmount);
    if (Number.isNaN(amount)) {
      ctx.addIssue({ code: 'custom', path: ['paymentAmount'], message: 'Indiquez le montant reçu.' });
    } else if (amount < 0) {
      ctx.addIssue({ code: 'custom', path: ['paymentAmount'], message: 'Un montant ne peut pas être négatif.' });
    } else if (amount > 1_000_000) {
      ctx.addIssue({ code: 'custom', path: ['paymentAmount'], message: 'Ce montant est trop élevé.' });
    }
    if (!v.paymentMethod) {
      ctx.addIssue({ code: 'custom', path: ['paymentMethod'], message: 'Indiquez le moyen de paiement.' });
    }
    if (!v.paymentDate) {
      ctx.addIssue({ code: 'custom', path: ['paymentDate'], message: 'Indiquez la date de réception du paiement.' });
    } else if (v.paymentDate > todayIso()) {
      ctx.addIssue({ code: 'custom', path: ['paymentDate'], message: 'La date du paiement ne peut pas être dans le futur.' });
    }
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

/**
 * The checklist as recorded; before the payment is recorded, its amount is the amount due and its means the
 * one the cooperative chose, so that receiving the expected cheque is one click and a date.
 */
export function reviewValues(adhesion: Adhesion): ReviewInput {
  const review = adhesion.review ?? {};
  const received = review.paymentReceived === true;
  const due = amountDue(adhesion);
  return {
    paymentReceived: received ? 'oui' : 'non',
    paymentAmount: received ? (review.paymentAmount ?? '') : (due ?? ''),
    paymentMethod: (received ? review.paymentMethod : adhesion.declarations?.paymentMeans) ?? '',
    paymentReference: (received ? review.paymentReference : undefined) ?? '',
    // the day it is checked, by default: staff record a payment as they open its mail
    paymentDate: (received ? review.paymentDate : undefined) ?? todayIso(),
    engagementReceived: review.engagementReceived === true,
    mandataireChangeForm: review.mandataireChangeForm ?? 'NONE',
  };
}

export function reviewRequest(values: ReviewInput): ReviewRequest {
  const received = values.paymentReceived === 'oui';
  return {
    paymentReceived: received,
    paymentAmount: received ? Math.round(amountValue(values.paymentAmount) * 100) / 100 : undefined,
    paymentMethod: received ? (values.paymentMethod as PaymentMeans) : undefined,
    paymentReference: received ? values.paymentReference.trim() || undefined : undefined,
    paymentDate: received ? values.paymentDate : undefined,
    engagementReceived: values.engagementReceived,
    mandataireChangeForm: values.mandataireChangeForm as ChangeFormStatus,
  };
}

/** "Enregistrer la vérification": payment received, engagement checked, change-of-mandataire form. */
export function useUpdateReview() {
  const onSuccess = useReviewResult();
  return useMutation({
    mutationFn: async ({ adhesion, review }: { adhesion: Adhesion; review: ReviewRequest }) => {
      const raw = body(
        await api.PUT('/api/adhesions/{adhesionId}/review', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
          body: review,
        }),
      );
      return toAdhesion(raw);
    },
    onSuccess,
  });
}
