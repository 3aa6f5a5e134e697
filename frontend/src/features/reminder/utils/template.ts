import { formatDate, formatSchoolYear } from '@/lib/format';

/**
 * The platform's reminder, as the server's default (department/EmailTemplates.java): used only when the department's
 * settings cannot be read; the dialog starts from the department's own text (Paramètres du département).
 */
export const DEFAULT_SUBJECT = 'Adhésion {year} : à saisir avant le {deadline}';
export const DEFAULT_BODY = `Bonjour,

L'adhésion {year} de la coopérative {cooperative} ({school}) n'est pas encore envoyée à l'{department}.

Pour la saisir, connectez-vous à Coopérative en ligne ({link}/) avec l'identifiant {cooperative}, puis suivez les étapes de la page « Adhésion ». Merci de l'envoyer avant le {deadline}.

Si vous l'avez envoyée entre-temps, ne tenez pas compte de ce message.

Bien cordialement,
L'{department}`;

/** The same reminder once the deadline has passed: it no longer asks to send "avant le {deadline}". */
export const LATE_SUBJECT = 'Adhésion {year} : la date limite du {deadline} est passée';
export const LATE_BODY = `Bonjour,

L'adhésion {year} de la coopérative {cooperative} ({school}) n'est toujours pas envoyée à l'{department}, alors que la date limite était le {deadline}.

Pour la saisir, connectez-vous à Coopérative en ligne ({link}/) avec l'identifiant {cooperative}, puis suivez les étapes de la page « Adhésion ». Merci de l'envoyer au plus vite : elle sera marquée « saisie en retard ».

Si vous l'avez envoyée entre-temps, ne tenez pas compte de ce message.

Bien cordialement,
L'{department}`;

/**
 * The text a reminder starts from: the department's own, else the platform's; once the deadline has passed, the
 * platform's text (kept as is by the department) becomes the one that speaks of a passed deadline.
 */
export function startingText(own: { subject?: string; body?: string } | undefined, deadlinePassed: boolean) {
  const subject = own?.subject ?? DEFAULT_SUBJECT;
  const body = own?.body ?? DEFAULT_BODY;
  if (!deadlinePassed) return { subject, body };
  return {
    subject: subject === DEFAULT_SUBJECT ? LATE_SUBJECT : subject,
    body: body.trim() === DEFAULT_BODY.trim() ? LATE_BODY : body,
  };
}

export const PLACEHOLDERS = ['cooperative', 'code', 'school', 'year', 'deadline', 'department', 'link'] as const;

export type TemplateValues = { code: string; school: string; year: string; deadline: string; department: string };

/** As the server does it: {code} → "038-0107", {deadline} → "30/09/2026"…; an unknown word stays as it is. */
export function renderTemplate(text: string, v: TemplateValues): string {
  const values: Record<string, string> = {
    cooperative: v.code,
    code: v.code,
    school: v.school,
    year: formatSchoolYear(v.year).replace(/\u00a0/g, ' '),
    deadline: formatDate(v.deadline),
    department: v.department,
    link: window.location.origin,
  };
  return text.replace(/\{([A-Za-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders of the text that the server would refuse. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z_]+)\}/g)].map((m) => m[1]).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}
