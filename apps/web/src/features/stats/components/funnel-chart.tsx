import type { VerificationFunnel } from '@jcc/contracts';
import { useTranslation } from 'react-i18next';
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
import { daysAndHours } from '../lib/duration';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';

/** Firms registered in the window and where they stand now: verified, waiting, rejected. */
export function FunnelChart({ funnel }: { funnel: VerificationFunnel }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const format = useFormatters();
  // "12 d 23 h" reads at a glance where "310.5 h" needs arithmetic.
  const duration = (totalHours: number) => {
    const { days, hours } = daysAndHours(totalHours);
    return days > 0
      ? tf('stats.daysHours', { days: format.number(days), hours: format.number(hours) })
      : tf('stats.hoursOnly', { hours: format.number(hours) });
  };
  const steps = [
    { key: 'registered', value: funnel.registered, color: CHART_COLORS.muted },
    { key: 'verified', value: funnel.verified, color: CHART_COLORS.PK },
    { key: 'pending', value: funnel.pending, color: CHART_COLORS.accent },
    { key: 'rejected', value: funnel.rejected, color: '#a11010' },
  ].map((step) => ({ ...step, name: t(`stats.funnel.${step.key}`) }));
  const median =
    funnel.medianHoursToVerify === null
      ? t('stats.noMedian')
      : tf('stats.medianDuration', { duration: duration(funnel.medianHoursToVerify) });
  return (
    <ChartCard
      testId="chart-funnel"
      title={t('stats.funnelTitle')}
      description={median}
      table={{
        caption: t('stats.funnelTitle'),
        columns: [t('stats.step'), t('stats.firms')],
        rows: steps.map((step) => [step.name, format.number(step.value)]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
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
            name={t('stats.firms')}
            isAnimationActive={false}
            label={{ position: 'right', fontSize: 12 }}
            shape={(props: BarShapeProps) => (
              <Rectangle {...props} fill={(props.payload as { color: string }).color} />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
