import PDFDocument from 'pdfkit';

/** DejaVu covers Azerbaijani (ə, ğ, ş, ı) and Cyrillic, which PDF's built-in fonts do not. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

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
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('bold').fontSize(14).text(title);
  doc.font('body').fontSize(9);
  for (const line of lines) {
    doc.text(line);
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
    doc.fillColor('#000000').text(cell, x + 3, top + 3, { width: COLUMNS[i].width - 6 });
    x += COLUMNS[i].width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}
