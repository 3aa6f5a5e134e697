import { NativeSelect } from '@mantine/core';
import { formatSchoolYear } from '@/lib/format';

type SchoolYearSelectProps = { years: string[]; current: string; value: string; onChange: (year: string) => void };

/** « Année scolaire »: the years a page offers, the current one marked; nothing when there is only one. */
export function SchoolYearSelect({ years, current, value, onChange }: SchoolYearSelectProps) {
  if (years.length < 2) return null;
  return (
    <NativeSelect
      label="Année scolaire"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
    />
  );
}
