import type { WeeklyActivity } from '@jcc/contracts';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useFormatters } from '@/lib/labels';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';

type Series = keyof Omit<WeeklyActivity, 'week'>;

const SERIES: Record<Series, string> = {
  matchesSaved: CHART_COLORS.PK,
  contactRequests: CHART_COLORS.muted,
  contactsAccepted: CHART_COLORS.accent,
  messages: CHART_COLORS.AZ,
};

/** Weekly lines: matches saved and contacts made, or messages (a larger scale, its own chart). */
export function ActivityChart({
  weekly,
  series,
  testId,
  title,
}: {
  weekly: WeeklyActivity[];
  series: Series[];
  testId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const week = (monday: string) => format.date(`${monday}T12:00:00Z`);
  return (
    <ChartCard
      testId={testId}
      title={title}
      table={{
        caption: title,
        columns: [t('stats.week'), ...series.map((name) => t(`stats.series.${name}`))],
        rows: weekly.map((row) => [
          week(row.week),
          ...series.map((name) => format.number(row[name])),
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={weekly} margin={{ left: 0, right: 16, top: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="week" tickFormatter={week} tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis allowDecimals={false} tickFormatter={format.number} width={48} />
          <Tooltip
            labelFormatter={(value) => (typeof value === 'string' ? week(value) : '')}
            formatter={(value) => format.number(Number(value))}
          />
          <Legend />
          {series.map((name) => (
            <Line
              key={name}
              type="monotone"
              dataKey={name}
              name={t(`stats.series.${name}`)}
              stroke={SERIES[name]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
