import { Random } from './random';
import { websiteFor } from './company-website';

describe('websiteFor', () => {
  it('drops legal forms and spells Azerbaijani letters in ASCII', () => {
    expect(websiteFor(new Random(1), 'AZ', 'Gəncə Aqro MMC')).toMatch(
      /^https:\/\/gence-aqro\.(az|com\.az|com)$/,
    );
    expect(websiteFor(new Random(1), 'AZ', 'Şəki İpək Yolu Ticarət ASC')).toMatch(
      /^https:\/\/seki-ipek-yolu\./,
    );
  });

  it('keeps the first three words of a Pakistani name', () => {
    expect(websiteFor(new Random(1), 'PK', "D'Souza & Sons Surgical (Pvt) Ltd")).toMatch(
      /^https:\/\/dsouza-sons-surgical\.(pk|com\.pk|com)$/,
    );
  });
});
