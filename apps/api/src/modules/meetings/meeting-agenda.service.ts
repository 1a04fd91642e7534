import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { UTC_OFFSET_MINUTES, type Country } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { csvLine } from '../../common/csv/csv-cell';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import { agendaIcs, TIME_ZONES } from './agenda/agenda-ics';
import { agendaPdf } from './agenda/agenda-pdf';
import { hallGridPdf } from './agenda/hall-grid-pdf';
import { tableCardsPdf } from './agenda/table-cards-pdf';
import { MeetingsAccess } from './meetings-access';
import { MeetingsRepository, type ProgrammeRow, type RequestRow } from './meetings.repository';
import { buildSlots, dualTime } from './programme/programme-rules';

export interface AgendaFile {
  fileName: string;
  stream: Readable;
}

const other = (country: Country): Country => (country === 'PK' ? 'AZ' : 'PK');
const clock = (utc: string, country: Country) =>
  `${(country === 'PK' ? dualTime(utc).pkt : dualTime(utc).azt).slice(0, 16).replace('T', ' ')} ${TIME_ZONES[country].abbreviation}`;
const slug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'agenda';

/** The visiting firm first, whichever of the two asked. */
const sides = (row: RequestRow, home: Country) =>
  row.requester.country === home ? [row.requester, row.target] : [row.target, row.requester];

/** "2030-01-28 09:00 AZT · 10:00 PKT": the venue's day and both clocks. */
function slotLabel(utc: string): string {
  if (!utc) {
    return '';
  }
  const time = dualTime(utc);
  return `${time.azt.slice(0, 10)} ${time.azt.slice(11, 16)} AZT · ${time.pkt.slice(11, 16)} PKT`;
}

/** Agendas as files: a firm's own (.ics in its zone, PDF) and the staff's hall grid (CSV). */
@Injectable()
export class MeetingAgendaService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly companies: CompaniesService,
  ) {}

  async ics(id: string, user: AuthUser, companyId?: string): Promise<AgendaFile> {
    const { firm, programme, rows, title } = await this.agenda(id, user, companyId);
    const endOf = (start: Date) =>
      new Date(start.getTime() + programme.slotMinutes * 60_000).toISOString();
    const body = agendaIcs(
      rows.map((row) => {
        const counterpart = row.requester.id === firm.id ? row.target : row.requester;
        return {
          uid: `${row.id}@jcc-meetings`,
          startsAt: row.slotStartsAt?.toISOString() ?? '',
          endsAt: row.slotStartsAt ? endOf(row.slotStartsAt) : '',
          summary: `B2B meeting: ${counterpart.name}`,
          location: `${programme.venue}, table ${row.tableName ?? ''}`,
          description: row.note,
        };
      }),
      firm.country,
      title,
    );
    return { fileName: `agenda-${slug(firm.name)}.ics`, stream: Readable.from([body]) };
  }

  async pdf(id: string, user: AuthUser, companyId?: string): Promise<AgendaFile> {
    const { firm, programme, rows, title } = await this.agenda(id, user, companyId);
    const document = agendaPdf(
      title,
      [
        `${firm.name}`,
        `Venue: ${programme.venue}`,
        `Times in ${TIME_ZONES[firm.country].abbreviation} (UTC+${UTC_OFFSET_MINUTES[firm.country] / 60}), with ${TIME_ZONES[other(firm.country)].abbreviation} beside`,
      ],
      rows.map((row) => {
        const start = row.slotStartsAt?.toISOString() ?? '';
        const counterpart = row.requester.id === firm.id ? row.target : row.requester;
        return {
          ownTime: clock(start, firm.country),
          otherTime: clock(start, other(firm.country)).slice(11),
          table: row.tableName ?? '',
          counterpart: `${counterpart.name} (${counterpart.country})`,
        };
      }),
    );
    return { fileName: `agenda-${slug(firm.name)}.pdf`, stream: document as unknown as Readable };
  }

  /** Staff: every scheduled meeting in slot and table order. */
  async gridCsv(id: string, staff: AuthUser): Promise<AgendaFile> {
    const { delegation, home } = await this.access.staff(id, staff);
    const rows = await this.repository.requests(id, { scheduledOnly: true });
    const lines = [
      `\uFEFF${csvLine(['Slot (UTC)', 'PKT', 'AZT', 'Table', 'Visiting firm', 'Host firm', 'Priority', 'Locked'])}`,
      ...rows.map((row) => {
        const time = dualTime(row.slotStartsAt?.toISOString() ?? '');
        const [visitor, host] =
          row.requester.country === home
            ? [row.requester, row.target]
            : [row.target, row.requester];
        return csvLine([
          time.utc,
          time.pkt,
          time.azt,
          row.tableName,
          visitor.name,
          host.name,
          row.priority,
          row.locked ? 'yes' : 'no',
        ]);
      }),
    ];
    return { fileName: `meeting-grid-${slug(delegation.title)}.csv`, stream: Readable.from(lines) };
  }

  /** Staff: the hall grid as PDF, slots down and tables across, both clocks per slot. */
  async gridPdf(id: string, staff: AuthUser): Promise<AgendaFile> {
    const { delegation, home, programme, rows } = await this.grid(id, staff);
    const slots = buildSlots(
      programme.sessions,
      programme.slotMinutes,
      programme.breakMinutes,
      programme.blocks,
    ).map((slot) => ({ id: slot.id, label: slotLabel(slot.id) }));
    const document = hallGridPdf(
      `Hall grid: ${delegation.title}`,
      `${programme.venue} · ${programme.slotMinutes}-minute slots · times in AZT (UTC+4) and PKT (UTC+5)`,
      slots,
      programme.tables,
      rows.map((row) => {
        const [visitor, host] = sides(row, home);
        return {
          slotId: row.slotStartsAt?.toISOString() ?? '',
          table: row.tableName ?? '',
          visitor: visitor.name,
          host: host.name,
          locked: row.locked,
        };
      }),
    );
    return {
      fileName: `meeting-grid-${slug(delegation.title)}.pdf`,
      stream: document as unknown as Readable,
    };
  }

  /** Staff: a printed card per table with the table's meetings in slot order. */
  async tableCardsPdf(id: string, staff: AuthUser): Promise<AgendaFile> {
    const { delegation, home, programme, rows } = await this.grid(id, staff);
    const document = tableCardsPdf(
      `B2B meetings: ${delegation.title}`,
      programme.venue,
      programme.tables.map((table) => ({
        table,
        meetings: rows
          .filter((row) => row.tableName === table)
          .map((row) => {
            const [visitor, host] = sides(row, home);
            return {
              time: slotLabel(row.slotStartsAt?.toISOString() ?? ''),
              visitor: visitor.name,
              host: host.name,
            };
          }),
      })),
    );
    return {
      fileName: `table-cards-${slug(delegation.title)}.pdf`,
      stream: document as unknown as Readable,
    };
  }

  private async grid(id: string, staff: AuthUser) {
    const { delegation, home } = await this.access.staff(id, staff);
    const programme = await this.repository.findProgramme(id);
    if (!programme) {
      throw new NotFoundError('Programme');
    }
    const rows = await this.repository.requests(id, { scheduledOnly: true });
    return { delegation, home, programme, rows };
  }

  private async agenda(id: string, user: AuthUser, companyId?: string) {
    const context = await this.access.context(id, user);
    let firmId: string;
    if (context.viewer.kind === 'staff') {
      if (!companyId) {
        throw InvalidInputError.field('companyId', 'companyId is required for staff');
      }
      firmId = companyId;
    } else {
      firmId = context.viewer.companyId;
    }
    const programme: ProgrammeRow | null = await this.repository.findProgramme(id);
    if (!programme) {
      throw new NotFoundError('Programme');
    }
    if (context.viewer.kind === 'firm' && programme.scheduleStatus !== 'published') {
      throw new ConflictError('the schedule is not published yet', 'not_published');
    }
    const firm = await this.companies.get(firmId, user);
    const rows: RequestRow[] = await this.repository.requests(id, {
      companyId: firm.id,
      scheduledOnly: true,
    });
    return { firm, programme, rows, title: `B2B meetings: ${context.delegation.title}` };
  }
}
