import type { StatsResponse } from '@jcc/contracts';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useFormatters } from '@/lib/labels';
import { fillRates } from '../lib/chart-data';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';

/** How full each delegation is: seats promised and seats confirmed, as a share of capacity. */
export function FillChart({ delegations }: { delegations: StatsResponse['delegations'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const data = fillRates(delegations);
  const percent = (value: number) => `${format.number(value)}%`;
  return (
    <ChartCard
      testId="chart-fill"
      title={t('stats.fillTitle')}
      description={data.length === 0 ? t('stats.noDelegations') : t('stats.fillHint')}
      table={{
        caption: t('stats.fillTitle'),
        columns: [
          t('delegations.fields.title'),
          t('delegations.fields.capacity'),
          t('stats.promised'),
          t('stats.confirmed'),
        ],
        rows: data.map((row) => [
          row.title,
          format.number(row.capacity),
          `${format.number(row.seatsTaken)} (${percent(row.promisedPercent)})`,
          `${format.number(row.confirmed)} (${percent(row.confirmedPercent)})`,
        ]),
      }}
    >
      {data.length > 0 && (
        <ResponsiveContainer width="100%" height={Math.max(140, data.length * 48 + 70)}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis type="number" domain={[0, 100]} tickFormatter={percent} />
            <YAxis
              type="category"
              dataKey="title"
              width={170}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <Tooltip formatter={(value) => percent(Number(value))} />
            <Legend />
            <Bar
              dataKey="promisedPercent"
              name={t('stats.promised')}
              fill={CHART_COLORS.muted}
              isAnimationActive={false}
            />
            <Bar
              dataKey="confirmedPercent"
              name={t('stats.confirmed')}
              fill={CHART_COLORS.PK}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
