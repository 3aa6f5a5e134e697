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

/** The file as the form part `file` of a multipart body, which openapi-fetch must send as it is (not as JSON). */
function fileForm(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  // the browser writes the multipart boundary
  return { body: form as never, bodySerializer: (value: unknown) => value as FormData };
}

/**
 * Sends the CSV: `dryRun` only checks it (nothing is written); otherwise every row is created, or none.
 * A refused file throws an ApiError whose problem lists `rows: [{row, column, message}]`.
 */
export function useImportCooperatives(departmentCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<ImportReport> =>
      body(
        await api.POST('/api/departments/{code}/cooperative-imports', {
          params: { path: { code: departmentCode }, query: { dryRun } },
          ...fileForm(file),
        }),
      ),
    onSuccess: (report) => {
      if (!report.dryRun) {
        void queryClient.invalidateQueries({ queryKey: ['cooperatives'] });
        void queryClient.invalidateQueries({ queryKey: ['audit-records'] });
      }
    },
  });
}

export type HistoryReport = components['schemas']['AdhesionHistoryReport'];

/** The header of the former site's export of a year's adhesions: one row per class line. */
export const HISTORY_COLUMNS = ['numero', 'classe', 'enseignants', 'adultes', 'eleves'] as const;

/** Sends a past year's adhesions (one row per class line): checked only when `dryRun`, else recorded (all or none). */
export function useImportAdhesionHistory(departmentCode: string, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<HistoryReport> =>
      body(
        await api.POST('/api/departments/{code}/adhesion-history-imports', {
          params: { path: { code: departmentCode }, query: { year, dryRun } },
          ...fileForm(file),
        }),
      ),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: ['audit-records'] });
    },
  });
}
