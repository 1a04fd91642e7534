/** What an uploaded member list is, judged by its first bytes rather than by its name. */
export type FileFormat = 'csv' | 'xlsx';

/** A problem with the file as a whole: nothing of it is imported, and the messages say why. */
export class FileProblem extends Error {
  readonly messages: string[];

  constructor(...messages: string[]) {
    super(messages.join(' '));
    this.messages = messages;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: the old binary .xls (and .doc) format. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, index) => buffer[index] === byte);
}

export function detectFormat(buffer: Buffer): FileFormat {
  if (buffer.length === 0) {
    throw new FileProblem('The file is empty');
  }
  if (startsWith(buffer, ZIP)) {
    return 'xlsx';
  }
  if (startsWith(buffer, OLE2)) {
    throw new FileProblem(
      'This is an old Excel .xls file: save it as .xlsx or as CSV UTF-8 and upload it again',
    );
  }
  if (startsWith(buffer, PDF)) {
    throw new FileProblem('This is a PDF: upload the member list as CSV or XLSX');
  }
  return 'csv';
}
