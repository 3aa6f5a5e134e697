import { formatDate, formatSchoolYear } from '@/lib/format';

/** The default reminder, in French; staff may change it before sending. */
export const DEFAULT_SUBJECT = 'Adhésion {year} : à saisir avant le {deadline}';
export const DEFAULT_BODY = `Bonjour,

L'adhésion {year} de la coopérative {cooperative} n'est pas encore envoyée à l'{department}.

Pour la saisir, connectez-vous à Coopérative en ligne avec l'identifiant {code}, puis suivez les étapes de la page « Adhésion ». Merci de l'envoyer avant le {deadline}.

Si vous l'avez envoyée entre-temps, ne tenez pas compte de ce message.

Bien cordialement,
L'{department}`;

export const PLACEHOLDERS = ['cooperative', 'code', 'school', 'year', 'deadline', 'department'] as const;

export type TemplateValues = { code: string; school: string; year: string; deadline: string; department: string };

/** As the server does it: {code} → "038-0107", {deadline} → "30/09/2026"…; an unknown word stays as it is. */
export function renderTemplate(text: string, v: TemplateValues): string {
  const values: Record<string, string> = {
    cooperative: `${v.code} ${v.school}`,
    code: v.code,
    school: v.school,
    year: formatSchoolYear(v.year).replace(/\u00a0/g, ' '),
    deadline: formatDate(v.deadline),
    department: v.department,
  };
  return text.replace(/\{([A-Za-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders of the text that the server would refuse. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z_]+)\}/g)].map((m) => m[1]).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}
