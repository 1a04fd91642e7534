import type { MatchReason } from '@jcc/contracts';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';

import { describeReason, type ReasonLabels } from './describe-reason';

function labelsFor(language: string): ReasonLabels {
  const t = i18next.getFixedT(language, 'taxonomy');
  const format = new Intl.ListFormat(language, { type: 'conjunction' });
  return {
    label: (kind, code) => t(`${kind}.${code}`),
    list: (kind, codes) => format.format(codes.map((code) => t(`${kind}.${code}`))),
  };
}

const reasons: MatchReason[] = [
  { code: 'offers_what_you_seek', params: { hs: ['52', '63'] } },
  { code: 'seeks_what_you_offer', params: { hs: ['01', '02', '03', '04', '05', '06'] } },
  { code: 'shared_sector', params: { sectors: ['textiles'] } },
  { code: 'joint_venture_interest', params: { sectors: ['pharmaceuticals', 'chemicals'] } },
  { code: 'compatible_partnership', params: { pairs: [['export', 'import']] } },
  { code: 'common_language', params: { languages: ['en', 'ru'] } },
  { code: 'interpreter_may_be_needed', params: {} },
  { code: 'size_fit', params: { viewer: 'small', candidate: 'medium' } },
  { code: 'verified', params: {} },
];

describe('describeReason', () => {
  afterAll(() => i18next.changeLanguage('en'));

  it('says each reason in plain English from its code and parameters', () => {
    const t = i18next.getFixedT('en');
    const said = reasons.map((reason) => describeReason(t, labelsFor('en'), reason));
    expect(said).toEqual([
      'Offers what you seek: Cotton and Other made up textile articles; sets; worn clothing and worn textile articles; rags',
      'Seeks what you offer: Live animals, Meat and edible meat offal, Fish and crustaceans, molluscs and other aquatic invertebrates, Dairy produce; birds\u2019 eggs; natural honey; edible products of animal origin and 2 more'.replace(
        '\u2019',
        "'",
      ),
      'Works in the same sector: Textiles and home textiles',
      'Joint-venture fit in Pharmaceuticals and Chemicals',
      'Partnership fits: you Export, they Import',
      'You both speak English and Russian',
      'No working language in common — the chamber can arrange an interpreter',
      'Similar size: you are Small (10–49 employees), they are Medium (50–249 employees)',
      'Verified by the chamber',
    ]);
  });

  it('says the partner’s side as why you fit them', () => {
    const t = i18next.getFixedT('en');
    const said = [reasons[0], reasons[4], reasons[8]].map((reason) =>
      describeReason(t, labelsFor('en'), reason, 'them'),
    );
    expect(said).toEqual([
      'You offer what they seek: Cotton and Other made up textile articles; sets; worn clothing and worn textile articles; rags',
      'Partnership fits: they Export, you Import',
      'Your firm is verified by the chamber',
    ]);
  });

  it('says them in Urdu and Russian too, with no codes or placeholders left', () => {
    for (const language of ['ur', 'ru', 'az']) {
      const t = i18next.getFixedT(language);
      for (const reason of reasons) {
        const text = describeReason(t, labelsFor(language), reason);
        expect(text).not.toMatch(/\{\{|reason\.|hs\.|sector\.|_/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
    const t = i18next.getFixedT('ur');
    expect(describeReason(t, labelsFor('ur'), reasons[0])).toBe(
      'وہ پیش کرتی ہے جو آپ کو چاہیے: کپاس اور دیگر تیار ٹیکسٹائل، گھریلو کپڑے',
    );
  });
});
