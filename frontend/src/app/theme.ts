import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const DARK_ENOUGH: Record<string, string> = {
  blue: 'var(--mantine-color-blue-9)',
  indigo: 'var(--mantine-color-indigo-9)',
  grape: 'var(--mantine-color-grape-9)',
  red: 'var(--mantine-color-red-9)',
  gray: 'var(--mantine-color-gray-8)',
  green: '#1f6b2a',
  teal: '#066649',
  orange: '#a33a05',
  yellow: '#8a5300',
};

export const theme = createTheme({
  primaryColor: 'blue',
  // shade 8 keeps white text on primary buttons above the 4.5:1 contrast ratio
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Anchor: { defaultProps: { underline: 'hover' } },
    // an alert's title in its color, dark enough on the tinted background (4.5:1)
    Alert: {
      styles: (_theme: unknown, props: { color?: string; variant?: string }) => ({
        title: (props.variant ?? 'light') === 'light' && props.color && DARK_ENOUGH[props.color] ? { color: DARK_ENOUGH[props.color] } : {},
      }),
    },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer le message' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    },
  },
});


/**
 * Text of the "light" variants (alerts, badges, active menu links) and dimmed text a shade darker than
 * Mantine's, so that they keep a 4.5:1 contrast ratio (WCAG AA) on their tinted backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(Object.entries(DARK_ENOUGH).map(([color, value]) => [`--mantine-color-${color}-light-color`, value])),
  },
  dark: {},
});
