import { NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { DownloadButton } from '@/components/ui/download-button';
import { EXPORTS, exportFileName, fetchExport } from '../api/exports';

/** The school year and the one before it and after it: "2026-2027" → ["2027-2028", "2026-2027", "2025-2026"]. */
export function yearsAround(year: string): string[] {
  const start = Number(year.slice(0, 4));
  if (!Number.isFinite(start)) return [year];
  return [1, 0, -1, -2].map((d) => `${start + d}-${start + d + 1}`);
}

/** "Exporter": the department's CSV files of a school year, for a spreadsheet (UTF-8, « ; »). */
export function ExportsPanel({ departmentCode, currentYear }: { departmentCode: string; currentYear: string }) {
  const [year, setYear] = useState(currentYear);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Exporter
        </Title>
        <Text size="sm">
          Des fichiers CSV que les tableurs ouvrent directement (UTF-8, colonnes séparées par des points-virgules, montants
          avec une virgule).
        </Text>
        <NativeSelect
          label="Année scolaire"
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
          data={yearsAround(currentYear)}
          style={{ maxWidth: 220 }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {EXPORTS.map((e) => (
            <Stack key={e.kind} gap={6}>
              <DownloadButton
                variant="light"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                fetchFile={() => fetchExport(e.kind, departmentCode, year)}
                fileName={exportFileName(e.kind, departmentCode, year)}
                disabled={!departmentCode}
              >
                {`${e.label} (CSV)`}
              </DownloadButton>
              <Text size="xs" c="dimmed">
                {e.description}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
