import { defineMailTemplate } from './mail-template';

/** Staff put the firm on a trade delegation (category delegations). */
export const delegationInvitation = defineMailTemplate<{
  delegationTitle: string;
  hostCity: string;
  startsOn: string;
}>({
  name: 'delegation-invitation',
  content: {
    en: (p, link) => ({
      subject: `Invitation: ${p.delegationTitle}`,
      heading: 'Your firm is invited to a trade delegation',
      paragraphs: [
        `The chamber invites your firm to "${p.delegationTitle}" in ${p.hostCity}, starting ${p.startsOn}. Please confirm or decline your seat.`,
      ],
      action: { label: 'Answer the invitation', url: link('/delegations') },
    }),
    az: (p, link) => ({
      subject: `Dəvət: ${p.delegationTitle}`,
      heading: 'Şirkətiniz ticarət nümayəndə heyətinə dəvət olunub',
      paragraphs: [
        `Palata şirkətinizi ${p.startsOn} tarixində ${p.hostCity} şəhərində başlayan "${p.delegationTitle}" nümayəndə heyətinə dəvət edir. Zəhmət olmasa, yerinizi təsdiqləyin və ya imtina edin.`,
      ],
      action: { label: 'Dəvətə cavab verin', url: link('/delegations') },
    }),
    ur: (p, link) => ({
      subject: `دعوت نامہ: ${p.delegationTitle}`,
      heading: 'آپ کی فرم کو تجارتی وفد میں مدعو کیا گیا ہے',
      paragraphs: [
        `چیمبر آپ کی فرم کو "${p.delegationTitle}" میں مدعو کرتا ہے، جو ${p.hostCity} میں ${p.startsOn} سے شروع ہو رہا ہے۔ براہ کرم اپنی نشست کی تصدیق کریں یا معذرت کریں۔`,
      ],
      action: { label: 'دعوت کا جواب دیں', url: link('/delegations') },
    }),
    ru: (p, link) => ({
      subject: `Приглашение: ${p.delegationTitle}`,
      heading: 'Вашу компанию приглашают в торговую делегацию',
      paragraphs: [
        `Палата приглашает вашу компанию в делегацию «${p.delegationTitle}» (${p.hostCity}, начало ${p.startsOn}). Пожалуйста, подтвердите участие или откажитесь.`,
      ],
      action: { label: 'Ответить на приглашение', url: link('/delegations') },
    }),
  },
});
