import type { StatsResponse } from '@jcc/contracts';
import { csvLine } from '../../common/csv/csv-cell';

/**
 * The dashboard as one CSV a spreadsheet opens as it is: one titled table per figure, separated
 * by a blank line. Delegation titles are staff text, so cells are escaped against formulas.
 */
export function statsToCsv(stats: StatsResponse): string {
  const sections: string[] = [
    csvLine([`Chamber statistics from ${stats.from} to ${stats.to}`]),
    csvLine(['Firms by country and sector']) +
      csvLine(['country', 'sector', 'total', 'new in window']) +
      stats.firmsByCountrySector
        .map((row) => csvLine([row.country, row.sector, row.total, row.new]))
        .join(''),
    csvLine(['Verification funnel (firms registered in window)']) +
      csvLine(['registered', 'pending', 'verified', 'rejected', 'median hours to verify']) +
      csvLine([
        stats.verificationFunnel.registered,
        stats.verificationFunnel.pending,
        stats.verificationFunnel.verified,
        stats.verificationFunnel.rejected,
        stats.verificationFunnel.medianHoursToVerify,
      ]),
    csvLine(['Activity per week (Monday, UTC)']) +
      csvLine(['week', 'matches saved', 'contact requests', 'contacts accepted', 'messages']) +
      stats.weekly
        .map((row) =>
          csvLine([
            row.week,
            row.matchesSaved,
            row.contactRequests,
            row.contactsAccepted,
            row.messages,
          ]),
        )
        .join(''),
    csvLine(['Delegation fill rates']) +
      csvLine(['delegation', 'starts on', 'capacity', 'seats taken', 'confirmed', 'fill rate']) +
      stats.delegations
        .map((row) =>
          csvLine([
            row.title,
            row.startsOn,
            row.capacity,
            row.seatsTaken,
            row.confirmed,
            row.fillRate,
          ]),
        )
        .join(''),
    csvLine(['B2B meetings (requests made in window)']) +
      csvLine(['requested', 'accepted', 'scheduled', 'held', 'follow-up', 'no-show']) +
      csvLine([
        stats.meetingFunnel.requested,
        stats.meetingFunnel.accepted,
        stats.meetingFunnel.scheduled,
        stats.meetingFunnel.held,
        stats.meetingFunnel.followUp,
        stats.meetingFunnel.noShow,
      ]),
  ];
  return `\uFEFF${sections.join('\r\n')}`;
}
