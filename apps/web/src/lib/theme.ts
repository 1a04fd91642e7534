import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** The chamber's green; shade 7 on white passes WCAG AA for text and buttons. */
const jcc: MantineColorsTuple = [
  '#e8f5ef',
  '#d3eadf',
  '#a7d4bf',
  '#78bd9d',
  '#51a981',
  '#389c6f',
  '#2a9566',
  '#1b7d53',
  '#0f6a45',
  '#0b4f3c',
];

export const theme = createTheme({
  primaryColor: 'jcc',
  primaryShade: 8,
  colors: { jcc },
  defaultRadius: 'md',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: '700' },
});
