import {
  UTC_OFFSET_MINUTES,
  type Country,
  type DualTime,
  type FieldError,
  type ProgrammeBlockKind,
} from '@jcc/contracts';

/** Instants are kept as UTC ISO strings (`2027-04-12T08:00:00.000Z`). */
export interface StoredSession {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface StoredBlock {
  kind: ProgrammeBlockKind;
  label: string;
  startsAt: string;
  endsAt: string;
}

export interface Slot {
  id: string;
  sessionId: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Ramadan by the Gregorian calendar, 2026–2030 (first and last fast; the exact days follow the
 * moon sighting, which is why the blocks it yields stay editable by staff).
 */
export const RAMADAN_RANGES: readonly { first: string; last: string }[] = [
  { first: '2026-02-18', last: '2026-03-19' },
  { first: '2027-02-08', last: '2027-03-09' },
  { first: '2028-01-28', last: '2028-02-26' },
  { first: '2029-01-16', last: '2029-02-14' },
  { first: '2030-01-06', last: '2030-02-04' },
  { first: '2030-12-26', last: '2031-01-24' },
];

/** Local wall-clock windows at the venue: Jumu'ah around midday, iftar around sunset. */
const FRIDAY_PRAYER = { from: '12:30', to: '14:00' };
const IFTAR = { from: '17:45', to: '18:45' };

const MINUTE = 60_000;

export function toUtcIso(value: string): string {
  return new Date(value).toISOString();
}

function inZone(utcIso: string, offsetMinutes: number): string {
  const shifted = new Date(new Date(utcIso).getTime() + offsetMinutes * MINUTE);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 16)}${sign}${hours}:${minutes}`;
}

/** The instant in UTC, Pakistan time and Azerbaijan time. */
export function dualTime(utcIso: string): DualTime {
  return {
    utc: toUtcIso(utcIso),
    pkt: inZone(utcIso, UTC_OFFSET_MINUTES.PK),
    azt: inZone(utcIso, UTC_OFFSET_MINUTES.AZ),
  };
}

/** A venue wall-clock time on a date, as a UTC instant. */
function localToUtc(date: string, time: string, country: Country): string {
  const local = Date.parse(`${date}T${time}:00.000Z`);
  return new Date(local - UTC_OFFSET_MINUTES[country] * MINUTE).toISOString();
}

function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let at = Date.parse(first); at <= Date.parse(last); at += 24 * 60 * MINUTE) {
    dates.push(new Date(at).toISOString().slice(0, 10));
  }
  return dates;
}

export function isInRamadan(date: string): boolean {
  return RAMADAN_RANGES.some((range) => range.first <= date && date <= range.last);
}

/** The default blocked periods of a visit: Friday prayer, and iftar on days of Ramadan. */
export function defaultBlocks(startsOn: string, endsOn: string, venue: Country): StoredBlock[] {
  const blocks: StoredBlock[] = [];
  for (const date of datesBetween(startsOn, endsOn)) {
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 5) {
      blocks.push({
        kind: 'friday_prayer',
        label: 'Friday prayer',
        startsAt: localToUtc(date, FRIDAY_PRAYER.from, venue),
        endsAt: localToUtc(date, FRIDAY_PRAYER.to, venue),
      });
    }
    if (isInRamadan(date)) {
      blocks.push({
        kind: 'iftar',
        label: 'Iftar',
        startsAt: localToUtc(date, IFTAR.from, venue),
        endsAt: localToUtc(date, IFTAR.to, venue),
      });
    }
  }
  return blocks;
}

const overlaps = (
  a: { startsAt: string; endsAt: string },
  b: { startsAt: string; endsAt: string },
) => Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Slots of each session, back to back with the break between, skipping blocked periods. */
export function buildSlots(
  sessions: readonly StoredSession[],
  slotMinutes: number,
  breakMinutes: number,
  blocks: readonly StoredBlock[],
): Slot[] {
  const slots: Slot[] = [];
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const end = Date.parse(session.endsAt);
    for (
      let at = Date.parse(session.startsAt);
      at + slotMinutes * MINUTE <= end;
      at += (slotMinutes + breakMinutes) * MINUTE
    ) {
      const slot = {
        id: new Date(at).toISOString(),
        sessionId: session.id,
        startsAt: new Date(at).toISOString(),
        endsAt: new Date(at + slotMinutes * MINUTE).toISOString(),
      };
      if (!blocks.some((block) => overlaps(block, slot))) {
        slots.push(slot);
      }
    }
  }
  return slots;
}

export interface ProgrammeShape {
  sessions: readonly { startsAt: string; endsAt: string }[];
  blocks: readonly { startsAt: string; endsAt: string }[];
  slotMinutes: number;
  tables: readonly string[];
  venueMaxTables: number;
  /** The delegation's dates; sessions must fall within them (venue time). */
  startsOn: string;
  endsOn: string;
  venue: Country;
}

/** The bad-input rules for a programme, as field errors (empty when it is sound). */
export function programmeErrors(shape: ProgrammeShape): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  const first = localToUtc(shape.startsOn, '00:00', shape.venue);
  const afterLast = new Date(
    Date.parse(localToUtc(shape.endsOn, '00:00', shape.venue)) + 24 * 60 * MINUTE,
  ).toISOString();
  shape.sessions.forEach((session, i) => {
    const length = (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MINUTE;
    if (length <= 0) {
      add(`sessions.${i}.endsAt`, 'a session ends after it starts');
    } else if (length < shape.slotMinutes) {
      add(
        `sessions.${i}.endsAt`,
        `the session is shorter than one ${shape.slotMinutes}-minute slot`,
      );
    }
    if (
      Date.parse(session.startsAt) < Date.parse(first) ||
      Date.parse(session.endsAt) > Date.parse(afterLast)
    ) {
      add(
        `sessions.${i}.startsAt`,
        `the session is outside the visit (${shape.startsOn} – ${shape.endsOn})`,
      );
    }
    shape.sessions.forEach((other, j) => {
      if (j < i && overlaps(session, other)) {
        add(`sessions.${i}.startsAt`, `overlaps session ${j + 1}`);
      }
    });
  });
  shape.blocks.forEach((block, i) => {
    if (Date.parse(block.endsAt) <= Date.parse(block.startsAt)) {
      add(`blocks.${i}.endsAt`, 'a blocked period ends after it starts');
    }
  });
  if (shape.tables.length > shape.venueMaxTables) {
    add('tables', `the venue takes at most ${shape.venueMaxTables} tables`);
  }
  if (new Set(shape.tables).size !== shape.tables.length) {
    add('tables', 'table names must be different');
  }
  return errors;
}
