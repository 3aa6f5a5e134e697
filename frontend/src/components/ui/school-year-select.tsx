import { NativeSelect } from '@mantine/core';
import { formatSchoolYear } from '@/lib/format';

type SchoolYearSelectProps = {
  years: string[];
  current: string;
  value: string;
  onChange: (year: string) => void;
  /** its width in a row of filters, in pixels (it may shrink) */
  width?: number;
};

/** « Année scolaire »: the years a page offers, the current one marked; nothing when there is only one. */
export function SchoolYearSelect({ years, current, value, onChange, width }: SchoolYearSelectProps) {
  if (years.length < 2) return null;
  return (
    <NativeSelect
      label="Année scolaire"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
      style={width ? { flex: `0 1 ${width}px` } : undefined}
    />
  );
}
