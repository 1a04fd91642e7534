import { agendaIcs } from './agenda-ics';

describe('agendaIcs', () => {
  const item = {
    uid: 'm1@jcc',
    startsAt: '2030-02-01T10:00:00.000Z',
    endsAt: '2030-02-01T10:30:00.000Z',
    summary: 'Meeting: Xəzər Tekstil, Bakı',
    location: 'Baku Expo Centre; table A1',
    description: 'Cotton yarn\nsupply',
  };

  it('writes wall-clock times in the firm’s own zone, with its VTIMEZONE', () => {
    const pk = agendaIcs([item], 'PK', 'Agenda', new Date('2030-01-01T00:00:00Z'));
    expect(pk).toContain('DTSTART;TZID=Asia/Karachi:20300201T150000');
    expect(pk).toContain('DTEND;TZID=Asia/Karachi:20300201T153000');
    expect(pk).toContain('TZOFFSETTO:+0500');
    const az = agendaIcs([item], 'AZ', 'Agenda');
    expect(az).toContain('DTSTART;TZID=Asia/Baku:20300201T140000');
    expect(az).toContain('TZOFFSETTO:+0400');
  });

  it('escapes text and folds long lines at 75 octets, keeping UTF-8 characters whole', () => {
    const ics = agendaIcs([{ ...item, summary: 'ə'.repeat(60) }], 'AZ', 'Agenda');
    expect(ics).toContain('LOCATION:Baku Expo Centre\\; table A1');
    expect(ics).toContain('DESCRIPTION:Cotton yarn\\nsupply');
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${'ə'.repeat(60)}`);
  });
});
