import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

const ARIA_LABELS = {
  monthLevelControl: "Choisir l'année",
  yearLevelControl: 'Choisir la décennie',
  nextMonth: 'Mois suivant',
  previousMonth: 'Mois précédent',
  nextYear: 'Année suivante',
  previousYear: 'Année précédente',
  nextDecade: 'Décennie suivante',
  previousDecade: 'Décennie précédente',
};

/** "01/09/2026" (or "1/9/2026") → "2026-09-01"; null when it is no real date. */
export function parseFrenchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** A calendar date typed as 01/09/2026 or picked in a French calendar; its value is the ISO date ("2026-09-01"). */
export const DateField = forwardRef<HTMLInputElement, DateInputProps>(function DateField(props, ref) {
  return (
    <DateInput
      ref={ref}
      valueFormat="DD/MM/YYYY"
      dateParser={parseFrenchDate}
      placeholder="jj/mm/aaaa"
      leftSection={<IconCalendar size={18} aria-hidden />}
      leftSectionPointerEvents="none"
      ariaLabels={ARIA_LABELS}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
});

type DateControllerProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
} & Omit<DateInputProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'>;

/** A DateField bound to a react-hook-form field holding the ISO date ('' when empty), with the field's error. */
export function DateController<T extends FieldValues>({ control, name, ...props }: DateControllerProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...props}
          name={field.name}
          ref={field.ref}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
