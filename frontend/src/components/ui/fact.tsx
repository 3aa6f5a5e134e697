import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One "label: value" pair of a description list (`<dl>`): the label small and in capitals, the value kept on
 * its lines (addresses, co-signatories), "—" when empty.
 */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
        {children || '—'}
      </Text>
    </div>
  );
}
