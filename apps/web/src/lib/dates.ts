const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Local midnight of a `YYYY-MM-DD` day (what `<input type="date">` holds) as an ISO instant;
 * `plusDays` moves it (a person's "to" includes its day, the API's `to` is exclusive: use 1).
 */
export function dayStart(day: string, plusDays = 0): string | undefined {
  if (!DAY.test(day)) {
    return undefined;
  }
  const [year, month, date] = day.split('-').map(Number);
  const start = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

/** A date as `YYYY-MM-DD` in local time, for a date input. */
export function toDayInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today plus some days, as `YYYY-MM-DD`. */
export function dayFromToday(days: number): string {
  const today = new Date();
  return toDayInput(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
}
