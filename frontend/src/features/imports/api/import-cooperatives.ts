import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type ImportReport = components['schemas']['CooperativeImportReport'];
export type RowError = components['schemas']['RowError'];

/** The header the server expects (any order), as the page shows it and the template file has it. */
export const IMPORT_COLUMNS = [
  'numero',
  'ecole',
  'type',
  'adresse',
  'code_postal',
  'commune',
  'uai',
  'courriel_ecole',
  'mandataire',
  'courriel_mandataire',
  'telephone_mandataire',
] as const;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A French sentence when the chosen file cannot be sent, before sending it. */
export function importFileProblem(file: File | null): string | null {
  if (!file) return 'Choisissez le fichier CSV.';
  if (file.size === 0) return 'Ce fichier est vide.';
  if (file.size > MAX_IMPORT_BYTES) return 'Le fichier dépasse 20 Mo : découpez-le en plusieurs fichiers.';
  return null;
}

/**
 * Sends the CSV: `dryRun` only checks it (nothing is written); otherwise every row is created, or none.
 * A refused file throws an ApiError whose problem lists `rows: [{row, column, message}]`.
 */
export function useImportCooperatives(departmentCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<ImportReport> => {
      const form = new FormData();
      form.append('file', file, file.name);
      return body(
        await api.POST('/api/departments/{code}/cooperative-imports', {
          params: { path: { code: departmentCode }, query: { dryRun } },
          // multipart: the browser writes the boundary; openapi-fetch must not serialize it as JSON
          body: form as never,
          bodySerializer: (value: unknown) => value as FormData,
        }),
      );
    },
    onSuccess: (report) => {
      if (!report.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['cooperatives'] });
        void queryClient.invalidateQueries({ queryKey: ['audit-records'] });
      }
    },
  });
}
