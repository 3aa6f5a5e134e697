import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { saveFile } from '@/lib/files';
import { errorMessage } from '@/lib/problem';
import { ConfirmDialog } from './confirm-dialog';

type DownloadButtonProps = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** Fetches the file with the token (a link cannot carry it). */
  fetchFile: () => Promise<Blob>;
  /** The name it is saved under. */
  fileName: string;
  children: ReactNode;
  /** When the download also creates something for good (a direct debit file): asked first, saying what. */
  confirm?: { title: string; message: ReactNode; confirmLabel: string };
};

/** A button that downloads a file from the API; a failure is said under it, in French. */
export function DownloadButton({ fetchFile, fileName, children, leftSection, confirm, ...props }: DownloadButtonProps) {
  const [loading, setLoading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setConfirming(false);
    setLoading(true);
    setError(null);
    try {
      saveFile(await fetchFile(), fileName);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Stack gap={2} align="flex-start" maw="100%">
      <Button
        leftSection={leftSection ?? <IconDownload size={18} aria-hidden />}
        loading={loading}
        onClick={confirm ? () => setConfirming(true) : download}
        // a long label wraps on a phone instead of pushing the page wider than the screen
        styles={{ root: { height: 'auto', minHeight: 36, maxWidth: '100%' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
        py={6}
        {...props}
      >
        {children}
      </Button>
      {confirm && (
        <ConfirmDialog
          opened={confirming}
          title={confirm.title}
          confirmLabel={confirm.confirmLabel}
          onConfirm={() => void download()}
          onCancel={() => setConfirming(false)}
        >
          {confirm.message}
        </ConfirmDialog>
      )}
      {error && (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
