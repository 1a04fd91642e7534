import type { DualTime, ProgrammeBlockKind, ProgrammeResponse, SlotMinutes } from '@jcc/contracts';

import type { ProgrammeInput } from '../api/meetings-mutations';

/**
 * The programme editor's form: staff type days and times on the venue's clock (AZT in Baku,
 * PKT in Pakistan); the API wants instants with an explicit offset, so each is sent as
 * `2030-01-28T09:00:00+04:00`.
 */
export interface SessionRow {
  date: string;
  start: string;
  end: string;
}

export interface BlockRow extends SessionRow {
  kind: ProgrammeBlockKind;
  label: string;
}

export interface ProgrammeForm {
  venue: string;
  venueMaxTables: number;
  slotMinutes: SlotMinutes;
  breakMinutes: number;
  tables: string;
  sessions: SessionRow[];
  /** false: the API blocks Friday prayer and, in Ramadan, iftar by itself. */
  customBlocks: boolean;
  blocks: BlockRow[];
  deadlineDate: string;
  deadlineTime: string;
  quotaPerFirm: number;
}

export const OFFSET = { PK: '+05:00', AZ: '+04:00' } as const;

const venueClock = (time: DualTime, host: 'PK' | 'AZ') => (host === 'PK' ? time.pkt : time.azt);

export function emptyForm(): ProgrammeForm {
  return {
    venue: '',
    venueMaxTables: 20,
    slotMinutes: 30,
    breakMinutes: 0,
    tables: 'A1, A2, A3, A4',
    sessions: [{ date: '', start: '09:00', end: '12:00' }],
    customBlocks: false,
    blocks: [],
    deadlineDate: '',
    deadlineTime: '18:00',
    quotaPerFirm: 10,
  };
}

/** A stored programme back into the form, on the venue's clock. */
export function toForm(programme: ProgrammeResponse, host: 'PK' | 'AZ'): ProgrammeForm {
  const row = (start: DualTime, end: DualTime): SessionRow => ({
    date: venueClock(start, host).slice(0, 10),
    start: venueClock(start, host).slice(11, 16),
    end: venueClock(end, host).slice(11, 16),
  });
  const deadline = programme.requestDeadline ? venueClock(programme.requestDeadline, host) : '';
  return {
    venue: programme.venue,
    venueMaxTables: programme.venueMaxTables,
    slotMinutes: programme.slotMinutes,
    breakMinutes: programme.breakMinutes,
    tables: programme.tables.join(', '),
    sessions: programme.sessions.map((session) => row(session.startsAt, session.endsAt)),
    customBlocks: true,
    blocks: programme.blocks.map((block) => ({
      ...row(block.startsAt, block.endsAt),
      kind: block.kind,
      label: block.label,
    })),
    deadlineDate: deadline.slice(0, 10),
    deadlineTime: deadline.slice(11, 16) || '18:00',
    quotaPerFirm: programme.quotaPerFirm,
  };
}

const instant = (date: string, time: string, host: 'PK' | 'AZ') =>
  `${date}T${time}:00${OFFSET[host]}`;

/** The form as the API's PUT body. */
export function toProgrammeInput(form: ProgrammeForm, host: 'PK' | 'AZ'): ProgrammeInput {
  return {
    venue: form.venue.trim(),
    venueMaxTables: form.venueMaxTables,
    slotMinutes: form.slotMinutes,
    breakMinutes: form.breakMinutes,
    tables: form.tables
      .split(/[,\n]/)
      .map((table) => table.trim())
      .filter(Boolean),
    sessions: form.sessions.map((session) => ({
      startsAt: instant(session.date, session.start, host),
      endsAt: instant(session.date, session.end, host),
    })),
    ...(form.customBlocks
      ? {
          blocks: form.blocks.map((block) => ({
            kind: block.kind,
            label: block.label.trim() || block.kind,
            startsAt: instant(block.date, block.start, host),
            endsAt: instant(block.date, block.end, host),
          })),
        }
      : {}),
    requestDeadline: form.deadlineDate ? instant(form.deadlineDate, form.deadlineTime, host) : null,
    quotaPerFirm: form.quotaPerFirm,
  };
}
