import type { FieldError } from '@jcc/contracts';
import type { ImportedFirm } from './prepare-row';

/** How a firm is recognised: its registration number, else its name in its city. */
export function nameCityKey(firm: Pick<ImportedFirm, 'country' | 'name' | 'city'>): string {
  const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${firm.country}|${fold(firm.name)}|${fold(firm.city)}`;
}

/**
 * Finds rows of one file that describe a firm an earlier row already did. Two rows with
 * different registration numbers are different firms even with the same name and city.
 */
export class DuplicateTracker {
  private readonly byNumber = new Map<string, number>();
  private readonly byNameCity = new Map<string, { row: number; hasNumber: boolean }>();

  check(row: number, firm: ImportedFirm): FieldError | null {
    const numberKey = firm.registrationNumber ? `${firm.country}|${firm.registrationNumber}` : null;
    const earlierByNumber = numberKey ? this.byNumber.get(numberKey) : undefined;
    if (earlierByNumber !== undefined) {
      return {
        field: 'registrationNumber',
        messages: [
          `duplicates row ${earlierByNumber}: the same registration number appears twice in the file`,
        ],
      };
    }
    const key = nameCityKey(firm);
    const earlier = this.byNameCity.get(key);
    if (earlier && (!earlier.hasNumber || !numberKey)) {
      return {
        field: 'name',
        messages: [`duplicates row ${earlier.row}: the same firm name in the same city`],
      };
    }
    if (numberKey) {
      this.byNumber.set(numberKey, row);
    }
    if (!earlier) {
      this.byNameCity.set(key, { row, hasNumber: numberKey !== null });
    }
    return null;
  }
}
