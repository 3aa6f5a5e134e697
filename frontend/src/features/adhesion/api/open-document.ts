import { useMutation } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { UploadedDocument } from './get-engagements';

/** How long a file's object URL lives: long enough for the new tab to read it. */
const URL_LIFETIME_MS = 60_000;

/** An uploaded file's content, read with the bearer token (a plain link could not carry it). */
export async function fetchDocumentContent(document: Pick<UploadedDocument, 'id' | 'contentType'>): Promise<Blob> {
  const blob = body(
    await api.GET('/api/documents/{documentId}/content', {
      params: { path: { documentId: document.id! } },
      parseAs: 'blob',
    }),
  );
  // the tab shows a PDF or an image only if it knows which
  return blob.type || !document.contentType ? blob : new Blob([blob], { type: document.contentType });
}

/** Shows a file read into memory: in the tab opened for it, or, when none could be opened, as a download. */
function show(blob: Blob, name: string, tab: Window | null) {
  const url = URL.createObjectURL(blob);
  if (tab && !tab.closed) {
    tab.location.href = url;
  } else {
    const link = window.document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    window.document.body.appendChild(link);
    link.click();
    link.remove();
  }
  window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/**
 * "Voir": the tab is opened at once, during the click (a tab opened after an await is blocked as a pop-up),
 * then receives the file once read; it is closed again if the file cannot be read.
 */
export function useOpenDocument() {
  const mutation = useMutation({
    mutationFn: async ({ document }: { document: UploadedDocument; tab: Window | null }) => fetchDocumentContent(document),
    onSuccess: (blob, { document, tab }) => show(blob, document.name ?? 'document', tab),
    onError: (_error, { tab }) => tab?.close(),
  });
  const open = (document: UploadedDocument, { onError }: { onError?: (error: unknown) => void } = {}) => {
    const tab = window.open('', '_blank');
    if (tab) {
      tab.opener = null;
      try {
        tab.document.title = document.name ?? 'Document';
        tab.document.body.textContent = 'Chargement du document…';
      } catch {
        // a tab the browser does not let us write into: it will receive the file all the same
      }
    }
    mutation.mutate({ document, tab }, { onError });
  };
  return { ...mutation, open };
}
