import type { LedgerLine, LedgerMeans } from '../api/ledger';

/** What the ledger's lines can be narrowed to; empty values filter nothing. */
/** `action`, `classLine`: an id, "none" for the entries of none, "" for all. */
export type LedgerFilter = {
  text: string;
  heading: string;
  means: LedgerMeans | '';
  action: string;
  classLine: string;
  from: string | null;
  to: string | null;
};

export const NO_FILTER: LedgerFilter = { text: '', heading: '', means: '', action: '', classLine: '', from: null, to: null };

/** An optional id filter: "" keeps all, "none" the lines without one, else the lines with that id. */
const keeps = (wanted: string, id: number | null | undefined) => !wanted || (wanted === 'none' ? id == null : String(id ?? '') === wanted);

/** Lower case, without accents: "Fête" is found by "fete". */
const plain = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The lines a filter keeps (the balances stay those of the whole book: a line keeps the balances after it). The text
 * is looked for in the label, the voucher and cheque numbers and the headings.
 */
export function filterLines(lines: LedgerLine[], f: LedgerFilter): LedgerLine[] {
  const text = plain(f.text.trim());
  return lines.filter(({ entry }) => {
    if (!entry) return false;
    if (f.heading && !(entry.parts ?? []).some((p) => p.heading === f.heading)) return false;
    if (f.means && (entry.kind === 'TRANSFER' || entry.paymentMeans !== f.means)) return false;
    if (!keeps(f.action, entry.actionId)) return false;
    if (!keeps(f.classLine, entry.classLineId)) return false;
    if (f.from && (entry.date ?? '') < f.from) return false;
    if (f.to && (entry.date ?? '') > f.to) return false;
    if (!text) return true;
    const haystack = [entry.label, entry.chequeNumber, String(entry.voucherNumber ?? ''), ...(entry.parts ?? []).flatMap((p) => [p.heading, p.label])]
      .filter(Boolean)
      .join(' ');
    return plain(haystack).includes(text);
  });
}
