import type { MeetingFunnel } from '@jcc/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/labels';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';
import { BarFigure } from '@/components/ui/bar-figure';

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
      <BarFigure data={steps} valueName={t('dashboard.meetings')} />
    </ChartCard>
  );
}
