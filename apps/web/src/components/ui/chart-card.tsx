import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title and, for screen readers and anyone who wants the numbers, the same
 * figures as a table (the drawing itself is hidden from assistive technology).
 */
export function ChartCard({
  title,
  description,
  table,
  children,
  testId,
}: {
  title: string;
  description?: ReactNode;
  table: ChartTable;
  children: ReactNode;
  testId: string;
}) {
  const headingId = `${testId}-heading`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        <div aria-hidden="true" dir="ltr" style={{ width: '100%', overflow: 'hidden' }}>
          {children}
        </div>
        {/* A table ignores a 1 px width: hide a box around it instead. */}
        <VisuallyHidden>
          <Table>
            <caption>{table.caption}</caption>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, index) => (
                <Table.Tr key={index}>
                  {row.map((cell, cellIndex) => (
                    <Table.Td key={cellIndex}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}

/** The chart palette: Pakistan green, Azerbaijan blue, and two more, all AA on white. */
export const CHART_COLORS = {
  PK: '#0f6a45',
  AZ: '#1d5fa8',
  accent: '#b45309',
  muted: '#6b4fa0',
  grid: '#dee2e6',
  text: '#343a40',
} as const;
