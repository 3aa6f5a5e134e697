import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { adhesionChangeKey, ifMatch, useAdhesionResult } from './change-adhesion';
import type { Adhesion, ClassLine } from './get-adhesion';

export type ClassLineRequest = components['schemas']['ClassLineRequest'];

/** The fields of a class line, in the server's names (violations come back with them). */
export const LINE_FIELDS = ['className', 'teachers', 'teacherEmail', 'adults', 'pupils'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

const count = (required: string, max: number, tooMany: string) =>
  z
    .union([z.number(), z.literal('')])
    // String(): a plain boolean, not a type guard that would narrow the form's type to number
    .refine((v) => String(v) !== '', { message: required })
    .refine((v) => v === '' || (Number.isInteger(v) && v >= 0), { message: 'Un nombre de personnes ne peut pas être négatif.' })
    .refine((v) => v === '' || v <= max, { message: tooMany });

/** The server's rules (ValidationMessages.properties), checked before sending. */
export const lineInputSchema = z.object({
  className: z
    .string()
    .trim()
    .min(1, 'Le nom de la classe et/ou son niveau est obligatoire.')
    .max(80, 'Le nom de la classe ne peut pas dépasser 80 caractères.'),
  teachers: z.string().trim().max(200, 'Les noms des enseignants ne peuvent pas dépasser 200 caractères.'),
  teacherEmail: z
    .string()
    .trim()
    .max(120, 'Ce texte ne peut pas dépasser 120 caractères.')
    .refine((v) => v === '' || z.email().safeParse(v).success, "L'adresse e-mail n'est pas valide."),
  adults: count(
    "Indiquez le nombre d'enseignants (0 si aucun).",
    100,
    "Ce nombre d'enseignants est trop élevé pour une ligne : vérifiez-le.",
  ),
  pupils: count(
    "Indiquez le nombre d'élèves (0 pour un membre rattaché : RASED, ZIL…).",
    1000,
    "Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le.",
  ),
});

export type LineInput = z.infer<typeof lineInputSchema>;

export const EMPTY_LINE: LineInput = { className: '', teachers: '', teacherEmail: '', adults: '', pupils: '' };

export function lineValues(line: ClassLine): LineInput {
  return {
    className: line.className ?? '',
    teachers: line.teachers ?? '',
    teacherEmail: line.teacherEmail ?? '',
    adults: line.adults ?? 0,
    pupils: line.pupils ?? 0,
  };
}

export function lineRequest(values: LineInput): ClassLineRequest {
  return {
    className: values.className.trim(),
    teachers: values.teachers.trim() || undefined,
    teacherEmail: values.teacherEmail.trim() || undefined,
    adults: Number(values.adults),
    pupils: Number(values.pupils),
  };
}

/** A count being typed, as a number (nothing typed yet counts 0). */
export function countOf(value: number | '' | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

type LineChange = { adhesion: Adhesion; lineId?: number; line: ClassLineRequest };

/** "Valider et calculer" on the entry row (no lineId), or the save of a line edited in place (confirms it). */
export function useSaveLine() {
  const result = useAdhesionResult();
  return useMutation({
    mutationKey: adhesionChangeKey,
    mutationFn: async ({ adhesion, lineId, line }: LineChange) => {
      const header = ifMatch(adhesion);
      const adhesionId = adhesion.id!;
      return body(
        lineId === undefined
          ? await api.POST('/api/adhesions/{adhesionId}/lines', { params: { path: { adhesionId }, header }, body: line })
          : await api.PUT('/api/adhesions/{adhesionId}/lines/{lineId}', {
              params: { path: { adhesionId, lineId }, header },
              body: line,
            }),
      );
    },
    onSuccess: (raw) => result.onSuccess(raw),
    onError: (error, { adhesion }) => result.onError(error, adhesion),
  });
}

export function useDeleteLine() {
  const result = useAdhesionResult();
  return useMutation({
    mutationKey: adhesionChangeKey,
    mutationFn: async ({ adhesion, lineId }: { adhesion: Adhesion; lineId: number }) =>
      body(
        await api.DELETE('/api/adhesions/{adhesionId}/lines/{lineId}', {
          params: { path: { adhesionId: adhesion.id!, lineId }, header: ifMatch(adhesion) },
        }),
      ),
    onSuccess: (raw) => result.onSuccess(raw),
    onError: (error, { adhesion }) => result.onError(error, adhesion),
  });
}
