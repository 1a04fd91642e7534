import type { AgreementsDashboard } from '@jcc/contracts';
import { csvLine } from '../../common/csv/csv-cell';

/**
 * The funnel and the overdue list as one CSV a spreadsheet opens as it is: titled tables
 * separated by a blank line. Titles and names are typed by people, so cells are escaped.
 */
export function dashboardToCsv(figures: AgreementsDashboard): string {
  const sections = [
    csvLine([
      `Agreements follow-up${figures.from ? ` from ${figures.from}` : ''}${figures.to ? ` to ${figures.to}` : ''}`,
    ]),
    csvLine(['Funnel']) +
      csvLine(['stage', 'count']) +
      figures.funnel.map((row) => csvLine([row.stage, row.count])).join(''),
    csvLine(['Implementation']) +
      csvLine(['commitments due', 'done', 'rate']) +
      csvLine([
        figures.implementation.due,
        figures.implementation.done,
        figures.implementation.rate,
      ]),
    csvLine(['Overdue commitments']) +
      csvLine([
        'agreement',
        'commitment',
        'owner',
        'owner country',
        'sectors',
        'due on',
        'days overdue',
        'status',
      ]) +
      figures.overdue
        .map((row) =>
          csvLine([
            row.agreementTitle,
            row.commitmentTitle,
            row.ownerName,
            row.ownerCountry,
            row.sectors.join(' '),
            row.dueOn,
            row.daysOverdue,
            row.status,
          ]),
        )
        .join(''),
    csvLine(['Overdue by sector']) +
      csvLine(['sector', 'count']) +
      figures.overdueBySector.map((row) => csvLine([row.sector, row.count])).join(''),
    csvLine(['Overdue by country']) +
      csvLine(['country', 'count']) +
      figures.overdueByCountry.map((row) => csvLine([row.country, row.count])).join(''),
  ];
  return `\uFEFF${sections.join('\r\n')}`;
}
