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

  it('says them in Urdu, Russian and Azerbaijani too, with no codes or placeholders left', () => {
    for (const language of ['ur', 'ru', 'az']) {
      const t = i18next.getFixedT(language);
      for (const reason of reasons) {
        const text = describeReason(t, labelsFor(language), reason);
        expect(text).not.toMatch(/\{\{|reason\.|hs\.|sector\.|_/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
    const say = (language: string) =>
      reasons.map((reason) =>
        describeReason(i18next.getFixedT(language), labelsFor(language), reason),
      );
    // The translated sentences themselves: an English fallback or a lost parameter fails here.
    expect(say('ru')).toEqual([
      'Предлагает то, что вы ищете: Хлопок и Прочие готовые текстильные изделия, домашний текстиль',
      'Ищет то, что вы предлагаете: Живые животные, Мясо и пищевые мясные субпродукты, Рыба, ракообразные и моллюски, Молочная продукция, яйца, натуральный мёд и ещё 2',
      'Работает в той же отрасли: Текстиль и домашний текстиль',
      'Совпадение по СП: Фармацевтика и Химическая промышленность',
      'Партнёрство совпадает: вы — Экспорт, они — Импорт',
      'Вы оба говорите: Английский и Русский',
      'Нет общего рабочего языка — палата может предоставить переводчика',
      'Похожий размер: вы — Малая (10–49 сотрудников), они — Средняя (50–249 сотрудников)',
      'Проверена палатой',
    ]);
    expect(say('az')).toEqual([
      'Axtardığınızı təklif edir: Pambıq və Digər hazır toxuculuq məmulatları, ev tekstili',
      'Təklif etdiyinizi axtarır: Diri heyvanlar, Ət və yeməli ət subməhsulları, Balıq, xərçəngkimilər, molyusklar, Süd məhsulları, yumurta, təbii bal və daha 2',
      'Eyni sahədə işləyir: Toxuculuq və ev tekstili',
      'Birgə müəssisə uyğunluğu: Əczaçılıq və Kimya',
      'Tərəfdaşlıq uyğundur: siz — İxrac, onlar — İdxal',
      'Hər ikiniz danışırsınız: İngilis dili və Rus dili',
      'Ortaq iş dili yoxdur — palata tərcüməçi təşkil edə bilər',
      'Oxşar ölçü: siz Kiçik (10–49 işçi), onlar Orta (50–249 işçi)',
      'Palata tərəfindən təsdiqlənib',
    ]);
    const t = i18next.getFixedT('ur');
    expect(describeReason(t, labelsFor('ur'), reasons[0])).toBe(
      'وہ پیش کرتی ہے جو آپ کو چاہیے: کپاس اور دیگر تیار ٹیکسٹائل، گھریلو کپڑے',
    );
  });
});
