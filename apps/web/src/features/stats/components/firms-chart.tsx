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

import { useFormatters, useLabels } from '@/lib/labels';
import { firmsBySector } from '../lib/chart-data';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';

/** Firms by sector, Pakistani and Azerbaijani side by side. */
export function FirmsChart({ rows }: { rows: StatsResponse['firmsByCountrySector'] }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const format = useFormatters();
  const data = firmsBySector(rows).map((row) => ({ ...row, name: label('sector', row.sector) }));
  const pk = label('country', 'PK');
  const az = label('country', 'AZ');
  return (
    <ChartCard
      testId="chart-firms"
      title={t('stats.firmsTitle')}
      description={t('stats.firmsHint')}
      table={{
        caption: t('stats.firmsTitle'),
        columns: [t('filters.sector'), pk, az],
        rows: data.map((row) => [row.name, format.number(row.PK), format.number(row.AZ)]),
      }}
    >
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 34 + 60)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tickFormatter={format.number} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Legend />
          <Bar
            dataKey="PK"
            name={pk}
            fill={CHART_COLORS.PK}
            stackId="firms"
            isAnimationActive={false}
          />
          <Bar
            dataKey="AZ"
            name={az}
            fill={CHART_COLORS.AZ}
            stackId="firms"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
