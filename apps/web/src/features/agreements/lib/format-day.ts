import { useMemo } from 'react';

/**
 * Calendar dates (`YYYY-MM-DD`: signing and due dates) in the user's language. They are read as
 * UTC days so that a user west of Greenwich does not see the day before.
 */
export function useDayFormat(language: string) {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
}
