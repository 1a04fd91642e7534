import { deflateRawSync } from 'node:zlib';

/** A minimal ZIP writer for test files (office documents, zip bombs); no ZIP64. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Deflate the entry (default: stored). */
  deflate?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** One deflate per distinct buffer: a bomb repeats the same 8 MB of zeros. */
const deflated = new WeakMap<Buffer, Buffer>();

function deflateOnce(data: Buffer): Buffer {
  let body = deflated.get(data);
  if (!body) {
    body = deflateRawSync(data);
    deflated.set(data, body);
  }
  return body;
}

const crcs = new WeakMap<Buffer, number>();

function crcOnce(data: Buffer): number {
  let crc = crcs.get(data);
  if (crc === undefined) {
    crc = crc32(data);
    crcs.set(data, crc);
  }
  return crc;
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateOnce(entry.data) : entry.data;
    const crc = crcOnce(entry.data);
    const method = entry.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const WORD_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

/** An XLSX as file-type recognises it, with extra entries (a zip bomb adds huge ones). */
export function xlsx(extra: ZipEntry[] = []): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(SHEET_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), deflate: true },
    ...extra,
  ]);
}

export function docx(): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(WORD_TYPES) },
    { name: 'word/document.xml', data: Buffer.from('<document/>'), deflate: true },
  ]);
}

/** 15 entries of 8 MB of zeros each (≈ 8 KB compressed each): 120 MB unpacked from ~120 KB. */
export function xlsxBomb(): Buffer {
  const zeros = Buffer.alloc(8 * 1024 * 1024);
  return xlsx(
    Array.from({ length: 15 }, (_, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: zeros,
      deflate: true,
    })),
  );
}
