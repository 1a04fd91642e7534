import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';

import { useFormatters } from '@/lib/labels';
import { CHART_COLORS } from '@/components/ui/chart-card';

export interface BarDatum {
  name: string;
  value: number;
  color?: string;
}

/** Horizontal bars with their values, one colour per bar if given: funnels and counts by stage. */
export function BarFigure({ data, valueName }: { data: BarDatum[]; valueName: string }) {
  const format = useFormatters();
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * 36 + 40)}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ left: 8, right: 32 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis type="number" allowDecimals={false} tickFormatter={format.number} />
        <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => format.number(Number(value))} />
        <Bar
          dataKey="value"
          name={valueName}
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12 }}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} fill={(props.payload as BarDatum).color ?? CHART_COLORS.AZ} />
          )}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
