import { UTC_OFFSET_MINUTES, type Country } from '@jcc/contracts';

export interface AgendaItem {
  uid: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string;
  description: string;
}

/** IANA zone of each country; neither keeps daylight saving time, so one STANDARD rule says it all. */
export const TIME_ZONES: Record<Country, { tzid: string; abbreviation: string }> = {
  PK: { tzid: 'Asia/Karachi', abbreviation: 'PKT' },
  AZ: { tzid: 'Asia/Baku', abbreviation: 'AZT' },
};

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) {
    return line;
  }
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function offset(minutes: number): string {
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Wall-clock time in the zone, as iCalendar's local form (20300201T150000). */
function local(utcIso: string, country: Country): string {
  const shifted = new Date(Date.parse(utcIso) + UTC_OFFSET_MINUTES[country] * 60_000);
  return shifted.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

const stamp = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** A calendar in the firm's own time zone (with its VTIMEZONE, so any client shows it right). */
export function agendaIcs(
  items: readonly AgendaItem[],
  country: Country,
  calendarName: string,
  now = new Date(),
): string {
  const zone = TIME_ZONES[country];
  const zoneOffset = offset(UTC_OFFSET_MINUTES[country]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PAJCCI//B2B meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(calendarName)}`,
    `X-WR-TIMEZONE:${zone.tzid}`,
    'BEGIN:VTIMEZONE',
    `TZID:${zone.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${zoneOffset}`,
    `TZOFFSETTO:${zoneOffset}`,
    `TZNAME:${zone.abbreviation}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    ...items.flatMap((item) => [
      'BEGIN:VEVENT',
      `UID:${item.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;TZID=${zone.tzid}:${local(item.startsAt, country)}`,
      `DTEND;TZID=${zone.tzid}:${local(item.endsAt, country)}`,
      `SUMMARY:${text(item.summary)}`,
      `LOCATION:${text(item.location)}`,
      `DESCRIPTION:${text(item.description)}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
