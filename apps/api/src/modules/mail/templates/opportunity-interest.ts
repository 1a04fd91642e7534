import { defineMailTemplate } from './mail-template';

/** To the posting firm: a firm of the other country answered its opportunity (opportunities). */
export const opportunityInterest = defineMailTemplate<{ firmName: string; title: string }>({
  name: 'opportunity-interest',
  content: {
    en: (p, link) => ({
      subject: `${p.firmName} is interested in “${p.title}”`,
      heading: 'Interest in your opportunity',
      paragraphs: [
        `${p.firmName} expressed interest in your opportunity “${p.title}” and sent your firm a contact request with a message.`,
        'Accept the request to open a conversation.',
      ],
      action: { label: 'Open the request', url: link('/contacts') },
    }),
    az: (p, link) => ({
      subject: `${p.firmName} “${p.title}” imkanı ilə maraqlanır`,
      heading: 'İmkanınıza maraq',
      paragraphs: [
        `${p.firmName} “${p.title}” imkanınıza maraq bildirdi və şirkətinizə mesajla əlaqə sorğusu göndərdi.`,
        'Söhbətə başlamaq üçün sorğunu qəbul edin.',
      ],
      action: { label: 'Sorğunu açın', url: link('/contacts') },
    }),
    ur: (p, link) => ({
      subject: `${p.firmName} کو “${p.title}” میں دلچسپی ہے`,
      heading: 'آپ کے موقع میں دلچسپی',
      paragraphs: [
        `${p.firmName} نے آپ کے موقع “${p.title}” میں دلچسپی ظاہر کی ہے اور آپ کی فرم کو پیغام کے ساتھ رابطے کی درخواست بھیجی ہے۔`,
        'گفتگو شروع کرنے کے لیے درخواست قبول کریں۔',
      ],
      action: { label: 'درخواست کھولیں', url: link('/contacts') },
    }),
    ru: (p, link) => ({
      subject: `${p.firmName} интересуется «${p.title}»`,
      heading: 'Интерес к вашей возможности',
      paragraphs: [
        `${p.firmName} проявила интерес к вашей возможности «${p.title}» и отправила вашей фирме запрос на контакт с сообщением.`,
        'Примите запрос, чтобы начать переписку.',
      ],
      action: { label: 'Открыть запрос', url: link('/contacts') },
    }),
  },
});
