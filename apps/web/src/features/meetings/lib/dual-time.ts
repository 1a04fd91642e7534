import type { DualTime } from '@jcc/contracts';

/** The two clocks of a visit: Pakistan (UTC+5) and Azerbaijan (UTC+4), no daylight saving. */
export const ZONES = { PKT: 'Asia/Karachi', AZT: 'Asia/Baku' } as const;
export type ZoneLabel = keyof typeof ZONES;

/** A time of day in one zone, in the reader's language ("09:00", "۹:۰۰ AM", …). */
export function clockIn(language: string, instant: DualTime | string, zone: ZoneLabel): string {
  const utc = typeof instant === 'string' ? instant : instant.utc;
  return new Intl.DateTimeFormat(language, {
    timeZone: ZONES[zone],
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(utc));
}

/** The day in the venue's zone ("Mon, 28 Jan"). */
export function dayIn(language: string, instant: DualTime | string, zone: ZoneLabel): string {
  const utc = typeof instant === 'string' ? instant : instant.utc;
  return new Intl.DateTimeFormat(language, {
    timeZone: ZONES[zone],
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(utc));
}

/** The venue's zone: the host country's clock. */
export const venueZone = (hostCountry: 'PK' | 'AZ'): ZoneLabel =>
  hostCountry === 'PK' ? 'PKT' : 'AZT';
