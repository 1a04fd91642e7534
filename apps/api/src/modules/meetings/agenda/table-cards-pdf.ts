import PDFDocument from 'pdfkit';
import { mixedText, registerFonts } from './pdf-fonts';

const MARGIN = 40;

export interface TableCard {
  table: string;
  meetings: { time: string; visitor: string; host: string }[];
}

/**
 * Printed table cards: one A5 page per table, its name large for the hall, then the table's
 * meetings in slot order, so firms find their seat and hosts see who comes next.
 */
export function tableCardsPdf(title: string, venue: string, cards: readonly TableCard[]) {
  const doc = new PDFDocument({ size: 'A5', margin: MARGIN, info: { Title: title } });
  registerFonts(doc);
  if (cards.length === 0) {
    doc.font('bold').fontSize(14).text(title);
    doc.font('body').fontSize(10).text('No tables.');
  }
  cards.forEach((card, index) => {
    if (index > 0) {
      doc.addPage();
    }
    doc.font('body').fontSize(9).fillColor('#555555').text(title, MARGIN, MARGIN);
    doc.text(venue);
    doc.fillColor('#000000').font('bold').fontSize(48).text(card.table, { align: 'center' });
    doc.moveDown(0.5);
    if (card.meetings.length === 0) {
      doc.font('body').fontSize(11).text('No meetings at this table.', { align: 'center' });
    }
    for (const meeting of card.meetings) {
      if (doc.y > doc.page.height - MARGIN - 40) {
        doc.addPage();
        doc.font('bold').fontSize(14).text(card.table);
      }
      const top = doc.y + 4;
      doc.font('bold').fontSize(10).text(meeting.time, MARGIN, top, { width: 110 });
      mixedText(doc, meeting.visitor, 'body', MARGIN + 115, top, {
        width: doc.page.width - 2 * MARGIN - 115,
      });
      mixedText(doc, `↔ ${meeting.host}`, 'body', MARGIN + 115, doc.y, {
        width: doc.page.width - 2 * MARGIN - 115,
      });
      doc
        .moveTo(MARGIN, doc.y + 3)
        .lineTo(doc.page.width - MARGIN, doc.y + 3)
        .stroke('#cccccc');
      doc.x = MARGIN;
      doc.y += 6;
    }
  });
  doc.end();
  return doc;
}
