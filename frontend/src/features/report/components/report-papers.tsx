import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useOpenDocument } from '@/features/adhesion/api/open-document';
import { formatDate } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useAttachReportDocument, type AnnualReport, type ReportPaper } from '../api/reports';

const PAPERS: { kind: ReportPaper; label: string; send: string }[] = [
  { kind: 'QUITUS', label: 'Quitus signé', send: 'Envoyer le quitus signé' },
  { kind: 'AUGUST_STATEMENT', label: 'Relevé bancaire au 31/08', send: 'Envoyer le relevé au 31/08' },
];

/** The papers sent with the report (« Envoyer l'image »): each one's latest, opened in a new tab; the buttons to send them. */
export function ReportPapers({ cooperativeId, year, report, canWrite }: { cooperativeId: number; year: string; report: AnnualReport; canWrite: boolean }) {
  const attach = useAttachReportDocument(cooperativeId, year);
  const opener = useOpenDocument();
  const documents = report.documents ?? [];
  return (
    <Stack gap="xs">
      {PAPERS.map((p) => {
        const latest = documents.find((d) => d.kind === p.kind);
        return (
          <Group key={p.kind} gap="sm" wrap="wrap">
            <Text size="sm" fw={500} w={190}>
              {p.label}
            </Text>
            {latest ? (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPaperclip size={14} aria-hidden />}
                aria-label={`${latest.name} (${formatDate(latest.uploadedAt ?? '')}), ${p.label.toLowerCase()}`}
                onClick={() =>
                  opener.open(latest, {
                    onError: (error) => notifications.show({ color: 'red', title: "Le document n'a pas pu être ouvert", message: errorMessage(error) }),
                  })
                }
              >
                {latest.name} ({formatDate(latest.uploadedAt ?? '')})
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                pas encore envoyé
              </Text>
            )}
            {canWrite && report.id != null && (
              <FileButton onChange={(file) => file && attach.mutate({ kind: p.kind, file })} accept="application/pdf,image/jpeg,image/png">
                {(props) => (
                  <Button {...props} size="compact-sm" variant="light" leftSection={<IconUpload size={14} aria-hidden />} loading={attach.isPending && attach.variables?.kind === p.kind}>
                    {p.send}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        );
      })}
      {attach.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(attach.error)}
        </Text>
      )}
      {canWrite && report.id == null && (
        <Text size="sm" c="dimmed">
          Enregistrez le compte-rendu pour envoyer le quitus et le relevé.
        </Text>
      )}
    </Stack>
  );
}
