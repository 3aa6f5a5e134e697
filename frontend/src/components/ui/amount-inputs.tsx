import { NumberInput, type NumberInputProps } from '@mantine/core';
import { forwardRef } from 'react';

/** An amount in euros, written the French way ("2 000,00"), with cents. */
export const MoneyInput = forwardRef<HTMLInputElement, NumberInputProps>(function MoneyInput(props, ref) {
  return (
    <NumberInput
      ref={ref}
      decimalSeparator=","
      thousandSeparator={'\u202f'}
      decimalScale={2}
      fixedDecimalScale
      allowNegative={false}
      hideControls
      min={0}
      inputMode="decimal"
      rightSection="€"
      rightSectionPointerEvents="none"
      {...props}
    />
  );
});

/** A rate in euros per member, up to four decimals ("1,73", "0,2575"). Its value is a numeric string ("4.00"). */
export const RateInput = forwardRef<HTMLInputElement, NumberInputProps>(function RateInput(props, ref) {
  return (
    <NumberInput
      ref={ref}
      decimalSeparator=","
      thousandSeparator={'\u202f'}
      decimalScale={4}
      valueIsNumericString
      allowNegative={false}
      hideControls
      min={0}
      inputMode="decimal"
      rightSection="€"
      rightSectionPointerEvents="none"
      {...props}
    />
  );
});

/** A percentage with two decimals ("1,00 %"). Its value is a numeric string ("1.00"). */
export const PercentInput = forwardRef<HTMLInputElement, NumberInputProps>(function PercentInput(props, ref) {
  return (
    <NumberInput
      ref={ref}
      decimalSeparator=","
      decimalScale={2}
      valueIsNumericString
      allowNegative={false}
      hideControls
      min={0}
      max={100}
      inputMode="decimal"
      rightSection="%"
      rightSectionPointerEvents="none"
      {...props}
    />
  );
});
