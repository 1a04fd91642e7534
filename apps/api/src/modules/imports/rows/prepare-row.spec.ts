import type { ImportColumn } from '@jcc/contracts';
import { prepareRow } from './prepare-row';

const COLUMNS: ImportColumn[] = [
  'name',
  'country',
  'city',
  'sectors',
  'partnershipTypes',
  'sizeBand',
  'languages',
  'contactEmail',
];

describe('a member-import row that cannot be imported', () => {
  it('says what is wrong with each cell, quoting the cell as the file had it', async () => {
    const prepared = await prepareRow(
      {
        number: 4,
        cells: [
          'Delhi Exports',
          'IN',
          'Delhi',
          'textiles',
          'export',
          'small',
          'en',
          'not-an-email',
        ],
      },
      COLUMNS,
    );
    expect(prepared.ok).toBe(false);
    const errors = prepared.ok ? [] : prepared.errors;
    expect(errors.find((error) => error.field === 'country')).toEqual({
      field: 'country',
      messages: [expect.stringContaining('country must be PK or AZ')],
      value: 'IN',
    });
    expect(errors.find((error) => error.field === 'contactEmail')).toMatchObject({
      value: 'not-an-email',
    });
  });
});
