import type { VerificationFunnel } from '@jcc/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/labels';
import { daysAndHours } from '../lib/duration';
import { CHART_COLORS, ChartCard } from '@/components/ui/chart-card';
import { BarFigure } from '@/components/ui/bar-figure';

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
      <BarFigure data={steps} valueName={t('stats.firms')} />
    </ChartCard>
  );
}
