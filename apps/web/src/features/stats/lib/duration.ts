/** Hours as whole days and hours (rounded to the hour): 310.5 h → 12 days 23 hours. */
export function daysAndHours(totalHours: number): { days: number; hours: number } {
  const rounded = Math.max(0, Math.round(totalHours));
  return { days: Math.floor(rounded / 24), hours: rounded % 24 };
}
