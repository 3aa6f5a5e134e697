/** "de l'École Publique", "du Groupe Scolaire Pasteur": the school's name after "Coopérative Scolaire". */
export function ofSchool(schoolName: string): string {
  const name = schoolName.trim();
  if (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(name)) return `de l'${name}`;
  if (/^(groupe|collège|lycée)\b/i.test(name)) return `du ${name}`;
  return `de ${name}`;
}

/** "1 classe", "3 classes". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

