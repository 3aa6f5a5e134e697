import { Group, NativeSelect, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The filters above a list, side by side, wrapping on a phone. */
export function FilterPanel({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        {children}
      </Group>
    </Paper>
  );
}

type FilterSelectProps = {
  label: string;
  value: string;
  data: { value: string; label: string }[];
  /** the new value, or null for the default one (kept out of the address) */
  onChange: (value: string | null) => void;
  /** the value the list shows without a filter: '' (« Tous ») unless said */
  defaultValue?: string;
  /** its width in the row of filters, in pixels (it may shrink) */
  width?: number;
};

/** One filter of a list, kept in the address: choosing its default value removes it from the address. */
export function FilterSelect({ label, value, data, onChange, defaultValue = '', width }: FilterSelectProps) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value === defaultValue ? null : event.currentTarget.value)}
      data={data}
      style={width ? { flex: `0 1 ${width}px` } : undefined}
    />
  );
}
