import type { MeetingFunnel } from '@jcc/contracts';
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
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';

/** B2B meetings at visits: requested → accepted → scheduled → held → follow-up (and no-shows). */
export function MeetingFunnelChart({ funnel }: { funnel: MeetingFunnel }) {
  // The stage names live with the meetings texts (a locale namespace, not the feature's code).
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const steps = [
    { key: 'requested', value: funnel.requested, color: CHART_COLORS.muted },
    { key: 'accepted', value: funnel.accepted, color: CHART_COLORS.accent },
    { key: 'scheduled', value: funnel.scheduled, color: CHART_COLORS.AZ },
    { key: 'held', value: funnel.held, color: CHART_COLORS.PK },
    { key: 'followUp', value: funnel.followUp, color: CHART_COLORS.PK },
    { key: 'noShow', value: funnel.noShow, color: '#a11010' },
  ].map((step) => ({ ...step, name: t(`stats.${step.key}`) }));
  return (
    <ChartCard
      testId="chart-meetings"
      title={t('dashboard.title')}
      description={t('dashboard.description')}
      table={{
        caption: t('dashboard.title'),
        columns: [t('dashboard.stage'), t('dashboard.meetings')],
        rows: steps.map((step) => [step.name, format.number(step.value)]),
      }}
    >
      <ResponsiveContainer width="100%" height={240}>
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
            name={t('dashboard.meetings')}
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
