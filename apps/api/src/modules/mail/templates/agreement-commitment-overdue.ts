import { defineMailTemplate } from './mail-template';

/**
 * Sent once when a commitment of an agreement passes its due date unfinished: to the members of
 * the party that owns it and to the responsible chamber staff member (category `agreements`).
 */
export const agreementCommitmentOverdue = defineMailTemplate<{
  agreementId: string;
  agreementTitle: string;
  commitmentTitle: string;
  ownerName: string;
  dueOn: string;
}>({
  name: 'agreement-commitment-overdue',
  content: {
    en: (p, link) => ({
      subject: `Overdue: ${p.commitmentTitle}`,
      heading: 'A commitment is overdue',
      paragraphs: [
        `“${p.commitmentTitle}” under the agreement “${p.agreementTitle}” was due on ${p.dueOn} and is not done yet. It is owned by ${p.ownerName}.`,
        'Please post a status update: what has been done, and when the rest will follow.',
      ],
      action: { label: 'Open the agreement', url: link(`/agreements/${p.agreementId}`) },
    }),
    az: (p, link) => ({
      subject: `Müddəti keçib: ${p.commitmentTitle}`,
      heading: 'Öhdəliyin müddəti keçib',
      paragraphs: [
        `“${p.agreementTitle}” sazişi üzrə “${p.commitmentTitle}” öhdəliyinin son tarixi ${p.dueOn} idi və hələ yerinə yetirilməyib. Məsul tərəf: ${p.ownerName}.`,
        'Zəhmət olmasa, vəziyyət barədə yenilik yazın: nə edilib və qalanı nə vaxt ediləcək.',
      ],
      action: { label: 'Sazişi aç', url: link(`/agreements/${p.agreementId}`) },
    }),
    ur: (p, link) => ({
      subject: `تاخیر: ${p.commitmentTitle}`,
      heading: 'ایک وعدے کی مدت گزر گئی ہے',
      paragraphs: [
        `معاہدے “${p.agreementTitle}” کے تحت “${p.commitmentTitle}” کی آخری تاریخ ${p.dueOn} تھی اور یہ ابھی مکمل نہیں ہوا۔ ذمہ دار فریق: ${p.ownerName}۔`,
        'براہ کرم صورتحال کی تازہ کاری لکھیں: کیا ہو چکا ہے اور باقی کب ہوگا۔',
      ],
      action: { label: 'معاہدہ کھولیں', url: link(`/agreements/${p.agreementId}`) },
    }),
    ru: (p, link) => ({
      subject: `Просрочено: ${p.commitmentTitle}`,
      heading: 'Срок обязательства истёк',
      paragraphs: [
        `Обязательство «${p.commitmentTitle}» по соглашению «${p.agreementTitle}» нужно было выполнить до ${p.dueOn}, и оно ещё не выполнено. Ответственная сторона: ${p.ownerName}.`,
        'Пожалуйста, сообщите о ходе выполнения: что уже сделано и когда будет сделано остальное.',
      ],
      action: { label: 'Открыть соглашение', url: link(`/agreements/${p.agreementId}`) },
    }),
  },
});
