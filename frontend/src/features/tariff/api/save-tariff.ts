import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { tariffQueryKey, type PaymentMeans, type RateMode, type Tariff } from './get-tariff';
import type { TariffDefaults } from './get-tariff-defaults';

export type TariffRequest = components['schemas']['TariffRequest'];

/** What a NumberInput gives: a number, or the numeric string being typed ("1.70"), or "" when empty. */
type NumberValue = number | string;

function numberOf(value: NumberValue | undefined): number {
  if (typeof value === 'number') return value;
  if (value === undefined || value.trim() === '') return Number.NaN;
  return Number(value);
}

const filled = (value: NumberValue | undefined) => !Number.isNaN(numberOf(value));

const amount = (max: number) =>
  z
    .union([z.number(), z.string()])
    .refine(filled, { message: 'Indiquez un montant (0 si rien).' })
    .refine((v) => !(numberOf(v) > max), { message: 'Ce montant est trop élevé.' });

/** A rate per member: optional here, required by the mode (checked below). */
const rate = z
  .union([z.number(), z.string()])
  .refine((v) => !(numberOf(v) > 1000), { message: 'Ce tarif est trop élevé.' });

const percent = z
  .union([z.number(), z.string()])
  .refine(filled, { message: 'Indiquez un taux (0 si rien).' })
  .refine((v) => !(numberOf(v) > 100), { message: "Un taux s'exprime entre 0 et 100 %." });

const MODES = ['PER_MEMBER', 'SPLIT'] as const;

/** The server's rules (ValidationMessages.properties and the tariff's coherence), checked before sending. */
export const tariffInputSchema = z
  .object({
    cooperativeFee: amount(100_000),
    membershipMode: z.enum(MODES),
    membershipRate: rate,
    membershipPupilRate: rate,
    membershipAdultRate: rate,
    insuranceMandatory: z.boolean(),
    insuranceMode: z.enum(MODES),
    insuranceRate: rate,
    insurancePupilRate: rate,
    insuranceAdultRate: rate,
    propertyThreshold: amount(10_000_000),
    propertyRatePercent: percent,
    instrumentThreshold: amount(10_000_000),
    instrumentRatePercent: percent,
    opensOn: z.string().min(1, 'Indiquez la date.'),
    deadline: z.string().min(1, 'Indiquez la date.'),
    paymentMeans: z.array(z.string()).min(1, 'Activez au moins un moyen de paiement.'),
    subscriptions: z
      .array(
        z.object({
          name: z
            .string()
            .trim()
            .min(1, 'Chaque abonnement a un nom (120 caractères au plus).')
            .max(120, 'Chaque abonnement a un nom (120 caractères au plus).'),
          price: amount(10_000),
        }),
      )
      .max(10, 'Dix abonnements au plus.'),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, message: string) => {
      if (!filled(v[field] as NumberValue)) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (v.membershipMode === 'PER_MEMBER') need('membershipRate', "Indiquez le tarif d'adhésion par coopérateur.");
    else {
      need('membershipPupilRate', "Indiquez le tarif d'adhésion par élève.");
      need('membershipAdultRate', "Indiquez le tarif d'adhésion par adulte.");
    }
    if (v.insuranceMode === 'PER_MEMBER') need('insuranceRate', "Indiquez le tarif d'assurance par coopérateur.");
    else {
      need('insurancePupilRate', "Indiquez le tarif d'assurance par élève.");
      need('insuranceAdultRate', "Indiquez le tarif d'assurance par adulte.");
    }
    if (v.opensOn && v.deadline && v.deadline < v.opensOn) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: "La date limite doit suivre la date d'ouverture." });
    }
  });

export type TariffInput = z.infer<typeof tariffInputSchema>;

/** A rate as the inputs show it: at least two decimals ("4.00", "1.73", "0.2575"). */
function rateText(value: number | null | undefined): string {
  if (value == null) return '';
  const decimals = (String(value).split('.')[1] ?? '').length;
  return decimals < 2 ? value.toFixed(2) : String(value);
}

/** A fraction of the value (0.01) as a percentage ("1.00"). */
function percentText(fraction: number | null | undefined): string {
  return fraction == null ? '' : (Math.round(fraction * 1_000_000) / 10_000).toFixed(2);
}

/** A new tariff's starting point: the usual thresholds, September's campaign. */
/** A new tariff's form, from the server's defaults of the year. */
export function defaultTariffValues(defaults: TariffDefaults): TariffInput {
  return {
    cooperativeFee: 0,
    membershipMode: 'PER_MEMBER',
    membershipRate: '',
    membershipPupilRate: '',
    membershipAdultRate: '',
    insuranceMandatory: false,
    insuranceMode: 'PER_MEMBER',
    insuranceRate: '',
    insurancePupilRate: '',
    insuranceAdultRate: '',
    propertyThreshold: defaults.propertyThreshold,
    propertyRatePercent: '',
    instrumentThreshold: defaults.instrumentThreshold,
    instrumentRatePercent: '',
    opensOn: defaults.opensOn,
    deadline: defaults.deadline,
    paymentMeans: [...defaults.paymentMeans],
    subscriptions: [],
  };
}

export function tariffValues(t: Tariff): TariffInput {
  return {
    cooperativeFee: t.cooperativeFee ?? 0,
    membershipMode: t.membershipMode ?? 'PER_MEMBER',
    membershipRate: rateText(t.membershipRate),
    membershipPupilRate: rateText(t.membershipPupilRate),
    membershipAdultRate: rateText(t.membershipAdultRate),
    insuranceMandatory: t.insuranceMandatory ?? false,
    insuranceMode: t.insuranceMode ?? 'PER_MEMBER',
    insuranceRate: rateText(t.insuranceRate),
    insurancePupilRate: rateText(t.insurancePupilRate),
    insuranceAdultRate: rateText(t.insuranceAdultRate),
    propertyThreshold: t.propertyThreshold ?? 0,
    propertyRatePercent: percentText(t.propertyRate),
    instrumentThreshold: t.instrumentThreshold ?? 0,
    instrumentRatePercent: percentText(t.instrumentRate),
    opensOn: t.opensOn ?? '',
    deadline: t.deadline ?? '',
    paymentMeans: [...(t.paymentMeans ?? [])],
    subscriptions: (t.subscriptions ?? []).map((s) => ({ name: s.name ?? '', price: s.price ?? 0 })),
  };
}

/** The cents of an amount, the four decimals of a rate: what the server accepts, without binary leftovers. */
const round = (value: NumberValue, decimals: number) => Number(numberOf(value).toFixed(decimals));
const optionalRate = (value: NumberValue, used: boolean) => (used && filled(value) ? round(value, 4) : undefined);

/** The PUT body; `version` is the one read (absent to create the year's tariff). */
export function tariffRequest(v: TariffInput, version: number | undefined): TariffRequest {
  const memberSplit = v.membershipMode === 'SPLIT';
  const insuranceSplit = v.insuranceMode === 'SPLIT';
  return {
    version,
    cooperativeFee: round(v.cooperativeFee, 2),
    membershipMode: v.membershipMode as RateMode,
    membershipRate: optionalRate(v.membershipRate, !memberSplit),
    membershipPupilRate: optionalRate(v.membershipPupilRate, memberSplit),
    membershipAdultRate: optionalRate(v.membershipAdultRate, memberSplit),
    insuranceMandatory: v.insuranceMandatory,
    insuranceMode: v.insuranceMode as RateMode,
    insuranceRate: optionalRate(v.insuranceRate, !insuranceSplit),
    insurancePupilRate: optionalRate(v.insurancePupilRate, insuranceSplit),
    insuranceAdultRate: optionalRate(v.insuranceAdultRate, insuranceSplit),
    propertyThreshold: round(v.propertyThreshold, 2),
    propertyRate: round(numberOf(v.propertyRatePercent) / 100, 4),
    instrumentThreshold: round(v.instrumentThreshold, 2),
    instrumentRate: round(numberOf(v.instrumentRatePercent) / 100, 4),
    opensOn: v.opensOn,
    deadline: v.deadline,
    paymentMeans: v.paymentMeans as PaymentMeans[],
    subscriptions: v.subscriptions.map((s) => ({ name: s.name.trim(), price: round(s.price, 2) })),
  };
}

/** A violation's field as the form names it: "subscriptions[0].name" → "subscriptions.0.name". */
export function formField(field: string): string {
  const dotted = field.replace(/\[(\d+)\]/g, '.$1');
  if (dotted === 'propertyRate') return 'propertyRatePercent';
  if (dotted === 'instrumentRate') return 'instrumentRatePercent';
  return dotted;
}

type SaveTariff = {
  departmentCode: string;
  year: string;
  request: TariffRequest;
  /** Change it even though submitted adhesions were priced with it (after the 409 "tariff-in-use"). */
  acknowledge?: boolean;
};

export async function saveTariff({ departmentCode, year, request, acknowledge }: SaveTariff): Promise<Tariff> {
  return body(
    await api.PUT('/api/departments/{code}/tariffs/{year}', {
      params: { path: { code: departmentCode, year }, query: acknowledge ? { acknowledge: true } : undefined },
      body: request,
    }),
  );
}

export function useSaveTariff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTariff,
    onSuccess: (tariff, { departmentCode, year }) => {
      queryClient.setQueryData(tariffQueryKey(departmentCode, year), tariff);
      // the adhesions' fee and campaign come from the tariff
      return queryClient.invalidateQueries({ queryKey: ['adhesion'] });
    },
  });
}
