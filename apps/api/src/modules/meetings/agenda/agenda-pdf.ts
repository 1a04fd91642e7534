import PDFDocument from 'pdfkit';

import { mixedText, registerFonts } from './pdf-fonts';

const MARGIN = 40;
const COLUMNS = [
  { title: 'Time (own zone)', width: 110 },
  { title: 'Other zone', width: 80 },
  { title: 'Table', width: 50 },
  { title: 'Meeting with', width: 275 },
] as const;

export interface AgendaPdfRow {
  ownTime: string;
  otherTime: string;
  table: string;
  counterpart: string;
}

/** A firm's personal agenda: A4 portrait, a title block, one row per meeting, page numbers. */
export function agendaPdf(
  title: string,
  lines: readonly string[],
  rows: readonly AgendaPdfRow[],
): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title } });
  // DejaVu for Latin with ə ğ ş ı and Cyrillic, Noto Naskh Arabic for Urdu (see pdf-fonts.ts).
  registerFonts(doc);
  doc.fontSize(14);
  mixedText(doc, title, 'bold', MARGIN, MARGIN);
  doc.fontSize(9);
  for (const line of lines) {
    mixedText(doc, line, 'body', MARGIN, doc.y);
  }
  doc.moveDown();
  const header = () => {
    drawRow(
      doc,
      COLUMNS.map((column) => column.title),
      'bold',
    );
  };
  header();
  if (rows.length === 0) {
    doc.font('body').text('No meetings scheduled.', MARGIN, doc.y + 4);
  }
  for (const row of rows) {
    if (doc.y > doc.page.height - MARGIN - 40) {
      doc.addPage();
      header();
    }
    drawRow(doc, [row.ownTime, row.otherTime, row.table, row.counterpart], 'body');
  }
  doc.end();
  return doc;
}

function drawRow(doc: PDFKit.PDFDocument, cells: readonly string[], font: 'body' | 'bold'): void {
  doc.font(font).fontSize(9);
  const height =
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i].width - 6 }))) +
    6;
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.rect(x, top, COLUMNS[i].width, height).stroke('#999999');
    doc.fillColor('#000000');
    mixedText(doc, cell, font, x + 3, top + 3, { width: COLUMNS[i].width - 6 });
    x += COLUMNS[i].width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}
