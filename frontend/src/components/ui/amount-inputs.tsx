import { NumberInput, type NumberInputProps } from '@mantine/core';
import { forwardRef } from 'react';

/** What every amount field shares: French separators, no sign, no spinner, a unit on the right. */
const FRENCH_NUMBER = {
  decimalSeparator: ',',
  thousandSeparator: '\u202f',
  allowNegative: false,
  hideControls: true,
  min: 0,
  inputMode: 'decimal',
  rightSectionPointerEvents: 'none',
} as const satisfies NumberInputProps;

/** An amount in euros, written the French way ("2 000,00"), with cents. */
export const MoneyInput = forwardRef<HTMLInputElement, NumberInputProps>(function MoneyInput(props, ref) {
  return <NumberInput ref={ref} {...FRENCH_NUMBER} decimalScale={2} fixedDecimalScale rightSection="€" {...props} />;
});

/** A rate in euros per member, up to four decimals ("1,73", "0,2575"). Its value is a numeric string ("4.00"). */
export const RateInput = forwardRef<HTMLInputElement, NumberInputProps>(function RateInput(props, ref) {
  return <NumberInput ref={ref} {...FRENCH_NUMBER} decimalScale={4} valueIsNumericString rightSection="€" {...props} />;
});

/** A percentage with two decimals ("1,00 %"). Its value is a numeric string ("1.00"). */
export const PercentInput = forwardRef<HTMLInputElement, NumberInputProps>(function PercentInput(props, ref) {
  return (
    <NumberInput
      ref={ref}
      {...FRENCH_NUMBER}
      thousandSeparator={undefined}
      decimalScale={2}
      valueIsNumericString
      max={100}
      rightSection="%"
      {...props}
    />
  );
});
