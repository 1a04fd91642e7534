import { defineMailTemplate } from './mail-template';

/**
 * To the posting firm: the chamber published its opportunity, or refused it with a reason
 * (`reason` is empty when published).
 */
export const opportunityReviewed = defineMailTemplate<{
  title: string;
  decision: 'published' | 'refused';
  reason: string;
  opportunityId: string;
}>({
  name: 'opportunity-reviewed',
  content: {
    en: (p, link) =>
      p.decision === 'published'
        ? {
            subject: `Published: “${p.title}”`,
            heading: 'Your opportunity is on the board',
            paragraphs: [
              `The chamber published “${p.title}”. Firms of the other country can now express interest.`,
            ],
            action: {
              label: 'See it on the board',
              url: link(`/opportunities/${p.opportunityId}`),
            },
          }
        : {
            subject: `Not published: “${p.title}”`,
            heading: 'The chamber refused your opportunity',
            paragraphs: [`Reason: ${p.reason}`, 'Edit it and send it for review again.'],
            action: { label: 'My opportunities', url: link('/opportunities/mine') },
          },
    az: (p, link) =>
      p.decision === 'published'
        ? {
            subject: `Dərc olundu: “${p.title}”`,
            heading: 'İmkanınız lövhədədir',
            paragraphs: [
              `Palata “${p.title}” imkanını dərc etdi. Digər ölkənin şirkətləri indi maraq bildirə bilər.`,
            ],
            action: { label: 'Lövhədə baxın', url: link(`/opportunities/${p.opportunityId}`) },
          }
        : {
            subject: `Dərc olunmadı: “${p.title}”`,
            heading: 'Palata imkanınızı rədd etdi',
            paragraphs: [`Səbəb: ${p.reason}`, 'Onu düzəldin və yenidən yoxlanışa göndərin.'],
            action: { label: 'Mənim imkanlarım', url: link('/opportunities/mine') },
          },
    ur: (p, link) =>
      p.decision === 'published'
        ? {
            subject: `شائع ہو گیا: “${p.title}”`,
            heading: 'آپ کا موقع بورڈ پر ہے',
            paragraphs: [
              `چیمبر نے “${p.title}” شائع کر دیا۔ دوسرے ملک کی فرمیں اب دلچسپی ظاہر کر سکتی ہیں۔`,
            ],
            action: { label: 'بورڈ پر دیکھیں', url: link(`/opportunities/${p.opportunityId}`) },
          }
        : {
            subject: `شائع نہیں ہوا: “${p.title}”`,
            heading: 'چیمبر نے آپ کا موقع مسترد کر دیا',
            paragraphs: [`وجہ: ${p.reason}`, 'اس میں ترمیم کریں اور دوبارہ جائزے کے لیے بھیجیں۔'],
            action: { label: 'میرے مواقع', url: link('/opportunities/mine') },
          },
    ru: (p, link) =>
      p.decision === 'published'
        ? {
            subject: `Опубликовано: «${p.title}»`,
            heading: 'Ваша возможность на доске',
            paragraphs: [
              `Палата опубликовала «${p.title}». Фирмы другой страны теперь могут проявить интерес.`,
            ],
            action: {
              label: 'Посмотреть на доске',
              url: link(`/opportunities/${p.opportunityId}`),
            },
          }
        : {
            subject: `Не опубликовано: «${p.title}»`,
            heading: 'Палата отклонила вашу возможность',
            paragraphs: [`Причина: ${p.reason}`, 'Исправьте её и снова отправьте на проверку.'],
            action: { label: 'Мои возможности', url: link('/opportunities/mine') },
          },
  },
});
