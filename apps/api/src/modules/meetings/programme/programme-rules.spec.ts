import {
  buildSlots,
  defaultBlocks,
  dualTime,
  isInRamadan,
  programmeErrors,
  type StoredSession,
} from './programme-rules';

const session = (startsAt: string, endsAt: string): StoredSession => ({
  id: new Date(startsAt).toISOString(),
  startsAt: new Date(startsAt).toISOString(),
  endsAt: new Date(endsAt).toISOString(),
});

describe('programme rules', () => {
  it('shows one instant in UTC, PKT (UTC+5) and AZT (UTC+4)', () => {
    expect(dualTime('2027-04-12T20:30:00.000Z')).toEqual({
      utc: '2027-04-12T20:30:00.000Z',
      pkt: '2027-04-13T01:30+05:00',
      azt: '2027-04-13T00:30+04:00',
    });
  });

  it.each([
    ['2026-02-17', false],
    ['2026-02-18', true],
    ['2026-03-19', true],
    ['2026-03-20', false],
    ['2030-12-31', true],
  ])('knows whether %s falls in Ramadan (%s)', (date, expected) => {
    expect(isInRamadan(date)).toBe(expected);
  });

  it('blocks Friday prayer every Friday and iftar only in Ramadan, in venue time', () => {
    // 2027-04-12 (Mon) … 2027-04-16 (Fri): after Ramadan 2027, one Friday.
    expect(defaultBlocks('2027-04-12', '2027-04-16', 'AZ')).toEqual([
      {
        kind: 'friday_prayer',
        label: 'Friday prayer',
        startsAt: '2027-04-16T08:30:00.000Z',
        endsAt: '2027-04-16T10:00:00.000Z',
      },
    ]);
    // 2027-03-08 (Mon) … 03-10 (Wed) in Lahore: iftar on the two days still in Ramadan.
    const pk = defaultBlocks('2027-03-08', '2027-03-10', 'PK');
    expect(pk.map((block) => [block.kind, block.startsAt])).toEqual([
      ['iftar', '2027-03-08T12:45:00.000Z'],
      ['iftar', '2027-03-09T12:45:00.000Z'],
    ]);
  });

  it('cuts sessions into slots with breaks, skipping blocked periods and a short tail', () => {
    const slots = buildSlots(
      [session('2027-04-16T10:00:00+04:00', '2027-04-16T15:10:00+04:00')],
      20,
      10,
      defaultBlocks('2027-04-16', '2027-04-16', 'AZ'),
    );
    // 20-minute slots every 30 minutes from 10:00; 12:30–13:30 fall in Friday prayer (12:30–14:00);
    // 15:00 would end at 15:20, after the session.
    expect(slots.map((slot) => dualTime(slot.startsAt).azt.slice(11, 16))).toEqual([
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '12:00',
      '14:00',
      '14:30',
    ]);
  });

  it('names each bad-input rule by its field', () => {
    const errors = programmeErrors({
      sessions: [
        session('2027-04-12T09:00:00+04:00', '2027-04-12T12:00:00+04:00'),
        session('2027-04-12T11:00:00+04:00', '2027-04-12T11:10:00+04:00'),
        session('2027-05-01T09:00:00+04:00', '2027-05-01T12:00:00+04:00'),
      ],
      blocks: [],
      slotMinutes: 30,
      tables: ['A', 'B', 'A'],
      venueMaxTables: 2,
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      venue: 'AZ',
    });
    expect(errors.map((error) => error.field).sort()).toEqual(
      [
        'sessions.1.endsAt',
        'sessions.1.startsAt',
        'sessions.2.startsAt',
        'tables',
        'tables',
      ].sort(),
    );
  });
});
