import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY, DEFAULT_SUBJECT, renderTemplate, startingText, unknownPlaceholders } from './template';

describe('reminder template', () => {
  const values = { code: '038-0107', school: 'École Jean Moulin', year: '2026-2027', deadline: '2026-09-30', department: "OCCE de l'Isère" };

  it('replaces every placeholder as the server does', () => {
    expect(renderTemplate('{cooperative} / {code} / {school} / {year} / {deadline} / {department}', values)).toBe(
      "038-0107 / 038-0107 / École Jean Moulin / 2026 - 2027 / 30/09/2026 / OCCE de l'Isère",
    );
    expect(renderTemplate(DEFAULT_BODY, values)).toContain("n'est pas encore envoyée à l'OCCE de l'Isère.");
  });

  it('finds the unknown placeholders', () => {
    expect(unknownPlaceholders('Bonjour {ecole}, {code}')).toEqual(['ecole']);
    expect(unknownPlaceholders(DEFAULT_BODY)).toEqual([]);
  });
});

describe('startingText', () => {
  it("keeps the platform's text before the deadline", () => {
    expect(startingText(undefined, false)).toEqual({ subject: DEFAULT_SUBJECT, body: DEFAULT_BODY });
  });

  it('speaks of a passed deadline once it has passed, instead of asking to send "avant le"', () => {
    const late = startingText({ subject: DEFAULT_SUBJECT, body: DEFAULT_BODY }, true);
    expect(late.subject).toBe('Adhésion {year} : la date limite du {deadline} est passée');
    expect(late.body).toContain('alors que la date limite était le {deadline}');
    expect(late.body).not.toContain('avant le {deadline}');
  });

  it("keeps a department's own text, even late", () => {
    const own = { subject: 'Relance {year}', body: 'Merci de saisir votre adhésion.' };
    expect(startingText(own, true)).toEqual(own);
  });
});
