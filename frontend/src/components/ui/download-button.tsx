import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { saveFile } from '@/lib/files';
import { errorMessage } from '@/lib/problem';

type DownloadButtonProps = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** Fetches the file with the token (a link cannot carry it). */
  fetchFile: () => Promise<Blob>;
  /** The name it is saved under. */
  fileName: string;
  children: ReactNode;
};

/** A button that downloads a file from the API; a failure is said under it, in French. */
export function DownloadButton({ fetchFile, fileName, children, leftSection, ...props }: DownloadButtonProps) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
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
        onClick={download}
        // a long label wraps on a phone instead of pushing the page wider than the screen
        styles={{ root: { height: 'auto', minHeight: 36, maxWidth: '100%' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
        py={6}
        {...props}
      >
        {children}
      </Button>
      {error && (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
