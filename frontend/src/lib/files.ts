/** Files the server sends: fetched with the token (a link cannot carry it), then saved or opened. */

/** Saves a file under its name, as a download. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the server accepts: checked again by content on the server. */
export const ACCEPTED_FILES = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A French sentence when a chosen file cannot be sent, before sending it. */
export function fileProblem(file: File | null): string | null {
  if (!file) return 'Choisissez le fichier.';
  if (file.size === 0) return 'Ce fichier est vide.';
  if (file.size > MAX_FILE_BYTES) return 'Le fichier dépasse 10 Mo : réduisez la qualité du scan ou de la photo.';
  return null;
}
