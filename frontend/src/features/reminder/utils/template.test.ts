import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY, renderTemplate, unknownPlaceholders } from './template';

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
