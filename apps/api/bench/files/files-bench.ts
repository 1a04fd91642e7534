import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FilesServerCommand, FilesServerMessage } from './files-server';

const USAGE = `Usage: npm run bench:files -- [--files N] [--sizes 1,5]
  --files  parallel uploads and downloads per size (default 50, 1–200)
  --sizes  file sizes in MB, comma-separated (default 1,5; each 1–10)
Uploads N files of each size in parallel through POST /api/documents (disk driver, scratch
database), downloads them again, and compares with a plain fs stream copy of the same files; the
API runs in its own process, whose resident memory is sampled. Loopback only.`;

const log = (line: string) => process.stderr.write(`${line}\n`);
const MB = 1024 * 1024;

interface Options {
  files: number;
  sizes: number[];
}

function options(argv: string[]): Options {
  const parsed: Options = { files: 50, sizes: [1, 5] };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--files') {
      parsed.files = Number(value);
    } else if (flag === '--sizes') {
      parsed.sizes = String(value).split(',').map(Number);
    } else {
      throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  const whole = (n: number, min: number, max: number) =>
    Number.isInteger(n) && n >= min && n <= max;
  if (!whole(parsed.files, 1, 200) || !parsed.sizes.every((size) => whole(size, 1, 10))) {
    throw new Error(USAGE);
  }
  return parsed;
}

/** Files that look like PDFs (the API checks content) and do not compress. */
async function makeFiles(folder: string, count: number, sizeMb: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const path = join(folder, `file-${index}.pdf`);
    const header = Buffer.from('%PDF-1.4\n% bench\n');
    // 10 MB is the API's limit for the whole file: stay a little under it.
    const body = randomBytes(Math.min(sizeMb * MB, 10 * MB - 1024) - header.length);
    await writeFile(path, Buffer.concat([header, body]));
    paths.push(path);
  }
  return paths;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

/** A multipart upload written by hand so the file streams from disk (never whole in memory). */
function uploadFile(
  url: string,
  token: string,
  query: string,
  path: string,
  size: number,
): Promise<string> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="catalogue.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const call = request(`${url}/api/documents?${query}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(head.length + size + tail.length),
      },
    });
    call.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 201) {
          reject(new Error(`upload answered ${response.statusCode}: ${text}`));
          return;
        }
        resolve((JSON.parse(text) as { document: { id: string } }).document.id);
      });
    });
    call.on('error', reject);
    call.write(head);
    const file = createReadStream(path);
    file.pipe(call, { end: false });
    file.on('end', () => call.end(tail));
    file.on('error', reject);
  });
}

function downloadFile(url: string, token: string, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(`${url}/api/documents/${id}/content`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    call.on('response', (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(bytes)
          : reject(new Error(`download ${response.statusCode}`)),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

async function json<T>(url: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** A member with a firm: who uploads (the firm's public catalogue). */
async function member(url: string): Promise<{ token: string; companyId: string }> {
  const auth = await json<{ accessToken: string }>(url, '/api/auth/register', {
    email: `bench-${randomUUID()}@example.test`,
    password: randomUUID(),
    fullName: 'Bench Member',
  });
  const company = await json<{ id: string }>(
    url,
    '/api/companies',
    {
      name: `Bench Files ${randomUUID().slice(0, 8)}`,
      country: 'PK',
      city: 'Lahore',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export'],
      sizeBand: 'small',
      languages: ['en'],
      description: 'Bench firm',
    },
    auth.accessToken,
  );
  return { token: auth.accessToken, companyId: company.id };
}

function startServer(
  filesDir: string,
): Promise<{ child: ChildProcess; ready: Extract<FilesServerMessage, { type: 'ready' }> }> {
  const child = fork(join(__dirname, 'files-server.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the API process exited early (${String(code)})`)),
    );
    child.once('message', (message: FilesServerMessage) => {
      if (message.type === 'ready') {
        resolve({ child, ready: message });
      } else {
        child.kill('SIGKILL');
        reject(new Error(message.type === 'failed' ? message.error : 'unexpected message'));
      }
    });
    child.send({ type: 'start', filesDir, env: {} } satisfies FilesServerCommand);
  });
}

function ask(child: ChildProcess): Promise<Extract<FilesServerMessage, { type: 'memory' }>> {
  return new Promise((resolve) => {
    child.once('message', (message: FilesServerMessage) => {
      if (message.type === 'memory') {
        resolve(message);
      }
    });
    child.send({ type: 'memory' } satisfies FilesServerCommand);
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' } satisfies FilesServerCommand);
  });
}

interface Row {
  sizeMb: number;
  files: number;
  copyMbps: number;
  uploadMbps: number;
  downloadMbps: number;
  rssAfterStart: number;
  peakRss: number;
}

async function measure(root: string, sizeMb: number, count: number): Promise<Row> {
  const folder = join(root, `source-${sizeMb}`);
  const paths = await makeFiles(folder, count, sizeMb);
  const fileSize = Math.min(sizeMb * MB, 10 * MB - 1024);
  const totalMb = (fileSize * count) / MB;
  const copies = join(root, `copies-${sizeMb}`);
  await mkdir(copies, { recursive: true });
  const copySeconds = await timed(() =>
    Promise.all(
      paths.map((path, index) =>
        pipeline(createReadStream(path), createWriteStream(join(copies, `${index}.pdf`))),
      ),
    ),
  );
  await rm(copies, { recursive: true, force: true });

  const { child, ready } = await startServer(join(root, `store-${sizeMb}`));
  try {
    const firm = await member(ready.url);
    const query = new URLSearchParams({
      ownerKind: 'company',
      ownerId: firm.companyId,
      category: 'catalogue',
    }).toString();
    let ids: string[] = [];
    const uploadSeconds = await timed(async () => {
      ids = await Promise.all(
        paths.map((path) => uploadFile(ready.url, firm.token, query, path, fileSize)),
      );
    });
    let bytes = 0;
    const downloadSeconds = await timed(async () => {
      bytes = (await Promise.all(ids.map((id) => downloadFile(ready.url, firm.token, id)))).reduce(
        (a, b) => a + b,
        0,
      );
    });
    if (bytes !== fileSize * count) {
      throw new Error(`downloaded ${bytes} bytes, expected ${fileSize * count}`);
    }
    const memory = await ask(child);
    log(
      `${sizeMb} MB × ${count}: copy ${copySeconds.toFixed(2)} s, upload ${uploadSeconds.toFixed(2)} s, download ${downloadSeconds.toFixed(2)} s`,
    );
    return {
      sizeMb,
      files: count,
      copyMbps: totalMb / copySeconds,
      uploadMbps: totalMb / uploadSeconds,
      downloadMbps: totalMb / downloadSeconds,
      rssAfterStart: ready.rssAfterStart,
      peakRss: Math.max(memory.peakRss, 0),
    };
  } finally {
    await stopServer(child);
    await rm(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { files, sizes } = options(process.argv.slice(2));
  setTimeout(() => {
    log('Bench stopped: still running after 10 minutes');
    process.exit(1);
  }, 10 * 60_000).unref();
  const root = await mkdtemp(join(tmpdir(), 'jcc-bench-files-'));
  try {
    const rows: Row[] = [];
    for (const size of sizes) {
      rows.push(await measure(root, size, files));
    }
    const mb = (bytes: number) => (bytes / MB).toFixed(0);
    console.log(
      `\nbench:files — ${files} parallel uploads, then ${files} parallel downloads, disk driver, one API process`,
    );
    console.log(
      '| file size | fs copy (MB/s) | upload (MB/s) | upload ÷ copy | download (MB/s) | download ÷ copy | API RSS after start (MB) | API peak RSS (MB) |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.sizeMb} MB | ${row.copyMbps.toFixed(0)} | ${row.uploadMbps.toFixed(0)} | ${(row.uploadMbps / row.copyMbps).toFixed(2)} | ${row.downloadMbps.toFixed(0)} | ${(row.downloadMbps / row.copyMbps).toFixed(2)} | ${mb(row.rssAfterStart)} | ${mb(row.peakRss)} |`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? (error.stack ?? error.message) : error));
  process.exit(1);
});
