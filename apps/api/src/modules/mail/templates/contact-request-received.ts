import { defineMailTemplate } from './mail-template';

/** A firm asked to get in touch (category contact_requests). */
export const contactRequestReceived = defineMailTemplate<{ firmName: string }>({
  name: 'contact-request-received',
  content: {
    en: (p, link) => ({
      subject: `${p.firmName} wants to get in touch`,
      heading: 'A new contact request',
      paragraphs: [
        `${p.firmName} sent your firm a contact request. Accept it to start a conversation.`,
      ],
      action: { label: 'Open the request', url: link('/contacts') },
    }),
    az: (p, link) => ({
      subject: `${p.firmName} sizinlə əlaqə saxlamaq istəyir`,
      heading: 'Yeni əlaqə sorğusu',
      paragraphs: [
        `${p.firmName} şirkətinizə əlaqə sorğusu göndərib. Söhbətə başlamaq üçün onu qəbul edin.`,
      ],
      action: { label: 'Sorğunu açın', url: link('/contacts') },
    }),
    ur: (p, link) => ({
      subject: `${p.firmName} آپ سے رابطہ کرنا چاہتی ہے`,
      heading: 'رابطے کی نئی درخواست',
      paragraphs: [
        `${p.firmName} نے آپ کی فرم کو رابطے کی درخواست بھیجی ہے۔ گفتگو شروع کرنے کے لیے اسے قبول کریں۔`,
      ],
      action: { label: 'درخواست کھولیں', url: link('/contacts') },
    }),
    ru: (p, link) => ({
      subject: `${p.firmName} хочет связаться с вами`,
      heading: 'Новый запрос на контакт',
      paragraphs: [
        `${p.firmName} отправила вашей компании запрос на контакт. Примите его, чтобы начать переписку.`,
      ],
      action: { label: 'Открыть запрос', url: link('/contacts') },
    }),
  },
});
