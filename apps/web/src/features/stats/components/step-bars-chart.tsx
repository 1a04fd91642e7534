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

export interface Step {
  /** The step's name on its axis (already translated). */
  name: string;
  value: number;
  color: string;
}

/**
 * The stages of a funnel as horizontal bars, one colour per stage, each labelled with its count:
 * the verification funnel and the meetings funnel draw the same way and differ only in steps.
 */
export function StepBarsChart({
  steps,
  valueName,
  height,
}: {
  steps: Step[];
  /** What the bars count, for the tooltip ("firms", "meetings"). */
  valueName: string;
  height: number;
}) {
  const format = useFormatters();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={steps}
        layout="vertical"
        margin={{ left: 8, right: 24 }}
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
            <Rectangle {...props} fill={(props.payload as Step).color} />
          )}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
