import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DocumentResponse } from '@jcc/contracts';
import { DocumentsService } from '../src/modules/documents/documents.service';
import { expectApiError } from './support/api-error';
import { pdf, startStorage, upload, type TestStorage } from './support/documents';
import { bearer, createVerifiedMember, type Member } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

const EICAR_MARK = 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE';

/**
 * A tiny clamd: speaks INSTREAM (`zINSTREAM\0`, length-prefixed chunks, a zero length) and
 * answers FOUND when the stream holds the EICAR mark, OK otherwise. Counts what it scanned.
 */
function startFakeClamd(): Promise<{ server: Server; url: string; scanned: () => number }> {
  let scanned = 0;
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let payload = Buffer.alloc(0);
    let commandRead = false;
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!commandRead) {
        const end = buffer.indexOf(0);
        if (end < 0) {
          return;
        }
        expect(buffer.subarray(0, end).toString()).toBe('zINSTREAM');
        buffer = buffer.subarray(end + 1);
        commandRead = true;
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          scanned += 1;
          const found = payload.includes(Buffer.from(EICAR_MARK));
          socket.end(found ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (buffer.length < 4 + length) {
          return;
        }
        payload = Buffer.concat([payload, buffer.subarray(4, 4 + length)]);
        buffer = buffer.subarray(4 + length);
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `tcp://127.0.0.1:${port}`, scanned: () => scanned });
    });
  });
}

/** With CLAMAV_URL set, uploads wait as `pending` until clamd says clean or refuses them. */
describe('documents: virus scan through ClamAV', () => {
  let storage: TestStorage;
  let clamd: Awaited<ReturnType<typeof startFakeClamd>>;
  let t: TestApp;
  let member: Member;
  const settled = () => t.app.get(DocumentsService).scansSettled();

  beforeAll(async () => {
    storage = await startStorage('disk');
    clamd = await startFakeClamd();
    t = await createIsolatedTestApp({ ...storage.env, CLAMAV_URL: clamd.url });
    member = await createVerifiedMember(t.http, t.db, 'PK');
  });
  afterAll(async () => {
    await t?.close();
    clamd?.server.close();
    await storage?.close();
  });

  const query = () => ({ ownerKind: 'company', ownerId: member.company.id, category: 'catalogue' });
  const facts = async (id: string) =>
    (await t.http.get(`/api/documents/${id}`).set(bearer(member.token)).expect(200))
      .body as DocumentResponse;

  it('pending → clean: served only after the scan', async () => {
    const answer = await upload(t.http, member.token, query(), pdf('clean'), 'clean.pdf').expect(
      201,
    );
    const document = answer.body.document as DocumentResponse;
    expect(document.scanStatus).toBe('pending');
    await settled();
    expect((await facts(document.id)).scanStatus).toBe('clean');
    await t.http.get(`/api/documents/${document.id}/content`).set(bearer(member.token)).expect(200);
    expect(clamd.scanned()).toBeGreaterThanOrEqual(1);
  });

  it('pending → refused: the object is removed, downloads answer 409, the audit log says why', async () => {
    const objects = await storage.countObjects();
    const answer = await upload(t.http, member.token, query(), pdf(EICAR_MARK), 'eicar.pdf').expect(
      201,
    );
    const id = (answer.body.document as DocumentResponse).id;
    await settled();
    expect(await storage.countObjects()).toBe(objects);
    const refused = await t.http.get(`/api/documents/${id}/content`).set(bearer(member.token));
    expectApiError(refused, 409);
    expect(refused.body.code).toBe('file_not_ready');
    const [audit] = await t.db.query(
      `SELECT after FROM audit_log WHERE target_id = $1 AND action = 'document.refuse'`,
      [id],
    );
    expect(audit.after).toEqual({ signature: 'Eicar-Test-Signature' });
    // A refused file no longer counts against the quota, nor shows in the list.
    const list = await t.http
      .get('/api/documents')
      .query(query())
      .set(bearer(member.token))
      .expect(200);
    expect((list.body.items as DocumentResponse[]).map((item) => item.id)).not.toContain(id);
  });

  it('a scan left pending (a restart, clamd away) runs again when the app starts', async () => {
    const answer = await upload(t.http, member.token, query(), pdf('again'), 'again.pdf').expect(
      201,
    );
    const id = (answer.body.document as DocumentResponse).id;
    await settled();
    await t.db.query(`UPDATE documents SET scan_status = 'pending' WHERE id = $1`, [id]);
    const scannedBefore = clamd.scanned();
    await t.app.get(DocumentsService).onApplicationBootstrap();
    await settled();
    expect((await facts(id)).scanStatus).toBe('clean');
    expect(clamd.scanned()).toBe(scannedBefore + 1);
  });
});
