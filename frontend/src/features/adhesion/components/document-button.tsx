import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconEye } from '@tabler/icons-react';
import { errorMessage } from '@/lib/problem';
import type { UploadedDocument } from '../api/get-engagements';
import { useOpenDocument } from '../api/open-document';

type DocumentButtonProps = {
  document: UploadedDocument;
  /** What the button names for a screen reader: "Voir <label>". The file's name by default. */
  label?: string;
};

/** "Voir": opens an uploaded file (PDF, JPEG, PNG) in a new tab. */
export function DocumentButton({ document, label }: DocumentButtonProps) {
  const { open, isPending } = useOpenDocument();
  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconEye size={16} aria-hidden />}
      loading={isPending}
      aria-label={`Voir ${label ?? document.name ?? 'le document'}`}
      onClick={() =>
        open(document, {
          onError: (error) =>
            notifications.show({
              color: 'red',
              icon: <IconAlertTriangle size={18} aria-hidden />,
              title: "Le document n'a pas pu être ouvert",
              message: errorMessage(error),
            }),
        })
      }
    >
      Voir
    </Button>
  );
}
