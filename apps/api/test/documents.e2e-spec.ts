import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import type { ChatMessage, DocumentResponse } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { connect, next } from './support/chat-socket';
import { createConnectedFirms, createFirms } from './support/chat-fixtures';
import {
  binaryParser,
  executable,
  multipart,
  pdf,
  startStorage,
  upload,
  type StorageDriver,
  type TestStorage,
} from './support/documents';
import {
  bearer,
  createMember,
  createUserWithRole,
  verifyFirm,
  type Member,
} from './support/factories';
import {
  startIsolatedListeningApp,
  type IsolatedListeningApp,
} from './support/isolated-listening-app';
import { docx, xlsx, xlsxBomb } from './support/zip-file';

/**
 * Documents on both drivers: the same suite on local disk and on S3-compatible storage (s3rver in
 * this process, or MinIO when S3_ENDPOINT is set). Every bad input is a 4xx that leaves neither a
 * row nor an object behind.
 */
const DRIVERS: StorageDriver[] = ['disk', 's3'];
const QUOTA_MB = 2;

describe.each(DRIVERS)('documents on %s storage', (driver) => {
  let storage: TestStorage;
  let t: IsolatedListeningApp;
  let staff: string;
  let owner: Member;
  let other: Member;

  beforeAll(async () => {
    storage = await startStorage(driver);
    t = await startIsolatedListeningApp({
      env: { ...storage.env, DOCUMENTS_QUOTA_MB_PER_FIRM: String(QUOTA_MB) },
    });
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    ({ pk: owner, az: other } = await createFirms(t.http, t.db));
  });
  afterAll(async () => {
    await t?.close();
    await storage?.close();
  });

  const evidence = (member: Member, paper = 'ntn_certificate') => ({
    ownerKind: 'company',
    ownerId: member.company.id,
    category: 'evidence',
    paper,
  });
  const countRows = async (): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM documents'))[0].n;
  const auditActions = async (id: string): Promise<string[]> =>
    (await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id])).map(
      (row: { action: string }) => row.action,
    );
  const download = (id: string, token: string | null, query: Record<string, string> = {}) => {
    const call = t.http
      .get(`/api/documents/${id}/content`)
      .query(query)
      .buffer(true)
      .parse(binaryParser);
    return token ? call.set(bearer(token)) : call;
  };

  describe('uploads and downloads', () => {
    it('stores evidence, serves it to its firm as an attachment with nosniff, and audits both', async () => {
      const objectsBefore = await storage.countObjects();
      const file = pdf('NTN certificate');
      const answer = await upload(
        t.http,
        owner.token,
        evidence(owner),
        file,
        'NTN certificate.pdf',
      ).expect(201);
      const document = answer.body.document as DocumentResponse;
      expect(document).toMatchObject({
        name: 'NTN certificate.pdf',
        contentType: 'application/pdf',
        size: file.length,
        category: 'evidence',
        paper: 'ntn_certificate',
        scanStatus: 'clean',
        hasThumbnail: false,
      });
      expect(await storage.countObjects()).toBe(objectsBefore + 1);

      const got = await download(document.id, owner.token).expect(200);
      expect(Buffer.compare(got.body as Buffer, file)).toBe(0);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-disposition']).toBe(
        `attachment; filename="NTN certificate.pdf"; filename*=UTF-8''NTN%20certificate.pdf`,
      );
      expect(await auditActions(document.id)).toEqual(['document.upload', 'document.download']);
    });

    it('judges by content: a PDF named .exe is kept as a PDF with a .pdf name', async () => {
      const answer = await upload(
        t.http,
        owner.token,
        evidence(owner),
        pdf(),
        'scan.exe',
        'application/x-msdownload',
      ).expect(201);
      expect(answer.body.document).toMatchObject({
        name: 'scan.pdf',
        contentType: 'application/pdf',
      });
    });

    it('re-encodes images without their metadata and makes a WebP thumbnail', async () => {
      const photo = await sharp({
        create: { width: 900, height: 600, channels: 3, background: '#3a7' },
      })
        .jpeg()
        .withExif({ IFD0: { Copyright: 'secret-owner', Artist: 'someone' } })
        .toBuffer();
      expect((await sharp(photo).metadata()).exif).toBeDefined();
      const answer = await upload(
        t.http,
        owner.token,
        { ownerKind: 'company', ownerId: owner.company.id, category: 'catalogue' },
        photo,
        'stand.jpg',
      ).expect(201);
      const document = answer.body.document as DocumentResponse;
      expect(document).toMatchObject({ contentType: 'image/jpeg', hasThumbnail: true });
      const original = await download(document.id, owner.token).expect(200);
      expect((await sharp(original.body as Buffer).metadata()).exif).toBeUndefined();
      expect((original.body as Buffer).includes(Buffer.from('secret-owner'))).toBe(false);
      const thumbnail = await download(document.id, owner.token, { variant: 'thumbnail' }).expect(
        200,
      );
      const facts = await sharp(thumbnail.body as Buffer).metadata();
      expect(facts).toMatchObject({ format: 'webp', width: 320 });
    });

    it('accepts XLSX and DOCX (a sane zip directory)', async () => {
      const query = { ownerKind: 'company', ownerId: owner.company.id, category: 'price_list' };
      const sheet = await upload(t.http, owner.token, query, xlsx(), 'prices.xlsx').expect(201);
      expect(sheet.body.document.contentType).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const word = await upload(t.http, owner.token, query, docx(), 'terms.docx').expect(201);
      expect(word.body.document.contentType).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    });

    it("shows a firm's public papers to all only once it is verified, marks expired ones, never its evidence", async () => {
      const firm = await createMember(t.http, 'PK');
      const certificate = {
        ownerKind: 'company',
        ownerId: firm.company.id,
        category: 'certificate',
        issuer: 'Pakistan Halal Authority',
        expiresOn: '2020-01-31',
      };
      await upload(t.http, firm.token, certificate, pdf('halal'), 'halal.pdf').expect(201);
      await upload(
        t.http,
        firm.token,
        evidence(firm, 'secp_incorporation'),
        pdf('secp'),
        'secp.pdf',
      ).expect(201);
      const list = (token: string | null) => {
        const call = t.http
          .get('/api/documents')
          .query({ ownerKind: 'company', ownerId: firm.company.id });
        return token ? call.set(bearer(token)) : call;
      };
      expectApiError(await list(null), 404);
      expectApiError(await list(other.token), 404);
      expect((await list(firm.token).expect(200)).body.items).toHaveLength(2);

      await verifyFirm(t.db, firm);
      const shown = (await list(null).expect(200)).body.items as DocumentResponse[];
      expect(shown).toEqual([
        expect.objectContaining({
          category: 'certificate',
          issuer: 'Pakistan Halal Authority',
          expired: true,
        }),
      ]);
      expect((await list(other.token).expect(200)).body.items).toHaveLength(1);
      expect((await list(staff).expect(200)).body.items).toHaveLength(2);
      await download(shown[0].id, null).expect(200);
    });

    it('deleting removes the row and the object, and is audited', async () => {
      const answer = await upload(
        t.http,
        owner.token,
        evidence(owner),
        pdf('to delete'),
        'old.pdf',
      ).expect(201);
      const id = (answer.body.document as DocumentResponse).id;
      const objects = await storage.countObjects();
      await t.http.delete(`/api/documents/${id}`).set(bearer(owner.token)).expect(204);
      expect(await storage.countObjects()).toBe(objects - 1);
      expectApiError(await download(id, owner.token), 404);
      expect(await auditActions(id)).toEqual(['document.upload', 'document.delete']);
    });
  });

  describe('chat attachments', () => {
    it('arrive as a message over the socket, once per clientId however often the upload is retried', async () => {
      const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
      const socket = await connect(t.url, az.token);
      try {
        const clientId = randomUUID();
        const query = {
          ownerKind: 'conversation',
          ownerId: conversation.id,
          category: 'attachment',
          clientId,
          caption: 'our catalogue',
        };
        const arrived = next(socket, 'message:new', ({ message }) => message.clientId === clientId);
        const first = await upload(
          t.http,
          pk.token,
          query,
          pdf('catalogue'),
          'catalogue.pdf',
        ).expect(201);
        const message = first.body.message as ChatMessage;
        expect(message).toMatchObject({
          clientId,
          body: 'our catalogue',
          attachment: {
            documentId: first.body.document.id,
            name: 'catalogue.pdf',
            contentType: 'application/pdf',
          },
        });
        expect((await arrived).message).toEqual(message);

        const again = await upload(
          t.http,
          pk.token,
          query,
          pdf('catalogue'),
          'catalogue.pdf',
        ).expect(200);
        expect(again.body).toMatchObject({
          created: false,
          document: { id: first.body.document.id },
          message: { id: message.id },
        });
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM messages WHERE conversation_id = $1 AND client_id = $2`,
          [conversation.id, clientId],
        );
        expect(n).toBe(1);
        await download(first.body.document.id, az.token).expect(200);
        expectApiError(await download(first.body.document.id, other.token), 404);
        expectApiError(await download(first.body.document.id, staff), 404);
      } finally {
        socket.close();
      }
    });

    it('a parallel retry of one clientId still makes one document and one message', async () => {
      const { pk, conversation } = await createConnectedFirms(t.http, t.db);
      const clientId = randomUUID();
      const query = {
        ownerKind: 'conversation',
        ownerId: conversation.id,
        category: 'attachment',
        clientId,
      };
      const answers = await Promise.all(
        [1, 2, 3].map(() => upload(t.http, pk.token, query, pdf('same'), 'same.pdf')),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(answers.map((answer) => answer.body.document.id)).size).toBe(1);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM documents WHERE owner_id = $1`,
        [conversation.id],
      );
      expect(n).toBe(1);
    });
  });

  describe('bad input: a clear 4xx, nothing stored', () => {
    let rows: number;
    let objects: number;
    beforeEach(async () => {
      rows = await countRows();
      objects = await storage.countObjects();
    });
    afterEach(async () => {
      expect(await countRows()).toBe(rows);
      expect(await storage.countObjects()).toBe(objects);
    });

    it('a renamed executable', async () => {
      const answer = await upload(
        t.http,
        owner.token,
        evidence(owner),
        executable(),
        'invoice.pdf',
        'application/pdf',
      );
      expectApiError(answer, 415);
      expect(answer.body.code).toBe('file_type_not_allowed');
    });

    it('HTML posing as a PDF', async () => {
      const page = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>');
      const answer = await upload(
        t.http,
        owner.token,
        evidence(owner),
        page,
        'certificate.pdf',
        'application/pdf',
      );
      expectApiError(answer, 415);
    });

    it('a zip bomb in an XLSX', async () => {
      const answer = await upload(
        t.http,
        owner.token,
        { ownerKind: 'company', ownerId: owner.company.id, category: 'price_list' },
        xlsxBomb(),
        'prices.xlsx',
      );
      expectApiError(answer, 415);
      expect(answer.body.code).toBe('unsafe_file');
    });

    it('an image that does not decode', async () => {
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(64, 1),
      ]);
      expectApiError(await upload(t.http, owner.token, evidence(owner), png, 'x.png'), 415);
    });

    it('a file over 10 MB', async () => {
      const big = Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024 + 1, 32)]);
      const answer = await upload(t.http, owner.token, evidence(owner), big, 'big.pdf');
      expectApiError(answer, 413);
      expect(answer.body.code).toBe('file_too_large');
    });

    it('a 1 GB body is answered 413 long before it is sent, and the connection is closed', async () => {
      const sent = await sendHugeBody(t.url, owner.token, evidence(owner));
      expect(sent.status).toBe(413);
      expect(sent.bytesWritten).toBeLessThan(64 * 1024 * 1024);
    });

    it('an over-limit body without a length (chunked) is cut off at the limit', async () => {
      const { body, type } = multipart(
        Buffer.concat([pdf(), Buffer.alloc(11 * 1024 * 1024, 32)]),
        'big.pdf',
      );
      const status = await sendChunked(t.url, owner.token, evidence(owner), body, type);
      expect(status).toBe(413);
    });

    it.each([
      ['a path', '../../etc/passwd.pdf'],
      ['a Windows path', '..\\..\\boot.pdf'],
      ['a control character', 'report\u0007.pdf'],
      ['a line break', 'report\u001b[31m.pdf'],
    ])('a file name with %s', async (_name, fileName) => {
      expectFieldError(await upload(t.http, owner.token, evidence(owner), pdf(), fileName), 'file');
    });

    it('evidence without saying which paper, and an unknown owner kind', async () => {
      const { paper: _paper, ...noPaper } = evidence(owner);
      expectFieldError(await upload(t.http, owner.token, noPaper, pdf(), 'a.pdf'), 'paper');
      expectFieldError(
        await upload(
          t.http,
          owner.token,
          { ...evidence(owner), ownerKind: 'invoice' },
          pdf(),
          'a.pdf',
        ),
        'ownerKind',
      );
    });

    it("another firm's evidence: neither readable nor writable", async () => {
      const mine = await upload(
        t.http,
        owner.token,
        evidence(owner),
        pdf('private'),
        'ntn.pdf',
      ).expect(201);
      rows += 1;
      objects += 1;
      const id = (mine.body.document as DocumentResponse).id;
      expectApiError(await download(id, other.token), 404);
      expectApiError(await t.http.get(`/api/documents/${id}`).set(bearer(other.token)), 404);
      expectApiError(await t.http.delete(`/api/documents/${id}`).set(bearer(other.token)), 404);
      expectApiError(await upload(t.http, other.token, evidence(owner), pdf(), 'fake.pdf'), 403);
    });

    it('an attachment for a conversation the user is not in', async () => {
      const { conversation } = await createConnectedFirms(t.http, t.db);
      const query = {
        ownerKind: 'conversation',
        ownerId: conversation.id,
        category: 'attachment',
        clientId: randomUUID(),
      };
      expectApiError(await upload(t.http, other.token, query, pdf(), 'a.pdf'), 404);
    });

    it('an upload past the firm quota', async () => {
      const firm = await createMember(t.http, 'AZ');
      const query = { ownerKind: 'company', ownerId: firm.company.id, category: 'catalogue' };
      const chunk = Buffer.concat([pdf(), Buffer.alloc(1024 * 1024, 32)]);
      await upload(t.http, firm.token, query, chunk, 'one.pdf').expect(201);
      rows += 1;
      objects += 1;
      const answer = await upload(t.http, firm.token, query, chunk, 'two.pdf');
      expectApiError(answer, 413);
      expect(answer.body.code).toBe('storage_quota_exceeded');
      const usage = await t.http
        .get(`/api/companies/${firm.company.id}/document-usage`)
        .set(bearer(firm.token))
        .expect(200);
      expect(usage.body).toEqual({
        companyId: firm.company.id,
        usedBytes: chunk.length,
        quotaBytes: QUOTA_MB * 1024 * 1024,
      });
    });
  });

  describe('who may call each file route', () => {
    type Caller = 'owner' | 'otherFirm' | 'staff' | 'anonymous';
    const CALLERS: Caller[] = ['owner', 'otherFirm', 'staff', 'anonymous'];
    const token = (caller: Caller): string | null =>
      ({ owner: owner.token, otherFirm: other.token, staff, anonymous: null })[caller];
    let evidenceId: string;
    let certificateId: string;

    beforeAll(async () => {
      evidenceId = (
        await upload(t.http, owner.token, evidence(owner), pdf('e'), 'e.pdf').expect(201)
      ).body.document.id;
      certificateId = (
        await upload(
          t.http,
          owner.token,
          {
            ownerKind: 'company',
            ownerId: owner.company.id,
            category: 'certificate',
            issuer: 'ISO',
          },
          pdf('c'),
          'iso.pdf',
        ).expect(201)
      ).body.document.id;
    });

    const call = (method: 'get' | 'post' | 'delete', path: string, caller: Caller) => {
      const request = t.http[method](path);
      const bearerToken = token(caller);
      return bearerToken ? request.set(bearer(bearerToken)) : request;
    };

    it.each<[string, Record<Caller, number>, (caller: Caller) => Promise<{ status: number }>]>([
      [
        'POST /api/documents (evidence of the owner)',
        { owner: 201, otherFirm: 403, staff: 201, anonymous: 401 },
        (caller) => upload(t.http, token(caller), evidence(owner), pdf(), 'x.pdf'),
      ],
      [
        'GET /api/documents/:id (evidence)',
        { owner: 200, otherFirm: 404, staff: 200, anonymous: 404 },
        (caller) => call('get', `/api/documents/${evidenceId}`, caller),
      ],
      [
        'GET /api/documents/:id/content (evidence)',
        { owner: 200, otherFirm: 404, staff: 200, anonymous: 404 },
        (caller) => call('get', `/api/documents/${evidenceId}/content`, caller),
      ],
      [
        'GET /api/documents/:id/content (certificate of a verified firm)',
        { owner: 200, otherFirm: 200, staff: 200, anonymous: 200 },
        (caller) => call('get', `/api/documents/${certificateId}/content`, caller),
      ],
      [
        'GET /api/documents?category=evidence',
        { owner: 200, otherFirm: 200, staff: 200, anonymous: 200 },
        (caller) =>
          call(
            'get',
            `/api/documents?ownerKind=company&ownerId=${owner.company.id}&category=evidence`,
            caller,
          ),
      ],
      [
        'GET /api/companies/:id/document-usage',
        { owner: 200, otherFirm: 404, staff: 200, anonymous: 401 },
        (caller) => call('get', `/api/companies/${owner.company.id}/document-usage`, caller),
      ],
      [
        'POST /api/companies/:id/paper-requests',
        { owner: 403, otherFirm: 403, staff: 201, anonymous: 401 },
        (caller) =>
          call('post', `/api/companies/${owner.company.id}/paper-requests`, caller).send({
            papers: ['chamber_membership'],
          }),
      ],
      [
        'GET /api/companies/:id/paper-requests',
        { owner: 200, otherFirm: 404, staff: 200, anonymous: 401 },
        (caller) => call('get', `/api/companies/${owner.company.id}/paper-requests`, caller),
      ],
    ])('%s', async (_route, expected, run) => {
      const got: Record<string, number> = {};
      for (const caller of CALLERS) {
        got[caller] = (await run(caller)).status;
      }
      expect(got).toEqual(expected);
    });

    it('lists hide evidence from everyone but the firm and staff', async () => {
      const categories = async (caller: Caller) =>
        (
          (
            await call(
              'get',
              `/api/documents?ownerKind=company&ownerId=${owner.company.id}&limit=100`,
              caller,
            )
          ).body.items as DocumentResponse[]
        ).map((item) => item.category);
      expect(await categories('owner')).toContain('evidence');
      expect(await categories('staff')).toContain('evidence');
      expect(await categories('otherFirm')).not.toContain('evidence');
      expect(await categories('anonymous')).not.toContain('evidence');
    });

    it('DELETE /api/documents/:id: the firm and staff; others 404; anonymous 401', async () => {
      const make = async () =>
        (await upload(t.http, owner.token, evidence(owner), pdf('d'), 'd.pdf').expect(201)).body
          .document.id as string;
      const id = await make();
      expect((await call('delete', `/api/documents/${id}`, 'anonymous')).status).toBe(401);
      expect((await call('delete', `/api/documents/${id}`, 'otherFirm')).status).toBe(404);
      expect((await call('delete', `/api/documents/${id}`, 'staff')).status).toBe(204);
      expect((await call('delete', `/api/documents/${await make()}`, 'owner')).status).toBe(204);
    });

    it('a paper request is answered once the firm uploads that paper', async () => {
      const asked = await call('post', `/api/companies/${owner.company.id}/paper-requests`, 'staff')
        .send({ papers: ['voen_extract', 'chamber_membership'], note: 'Please add these' })
        .expect(201);
      expect(asked.body).toMatchObject({
        papers: ['voen_extract', 'chamber_membership'],
        provided: [],
      });
      await upload(
        t.http,
        owner.token,
        evidence(owner, 'chamber_membership'),
        pdf('m'),
        'membership.pdf',
      ).expect(201);
      const list = await call(
        'get',
        `/api/companies/${owner.company.id}/paper-requests`,
        'owner',
      ).expect(200);
      expect(list.body.items[0]).toMatchObject({
        id: asked.body.id,
        provided: ['chamber_membership'],
      });
    });
  });
});

/** Declares a 1 GB body and writes until the server answers (at most 64 MB). */
function sendHugeBody(
  baseUrl: string,
  token: string,
  query: Record<string, string>,
): Promise<{ status: number; bytesWritten: number }> {
  const url = new URL(`/api/documents?${new URLSearchParams(query).toString()}`, baseUrl);
  const chunk = Buffer.alloc(1024 * 1024, 32);
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    let answered = false;
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'multipart/form-data; boundary=x',
        'Content-Length': String(1024 * 1024 * 1024),
      },
    });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, bytesWritten });
      request.destroy();
    });
    request.on('error', (error) => {
      if (!answered) {
        reject(error);
      }
    });
    const pump = () => {
      while (!answered && bytesWritten < 64 * 1024 * 1024) {
        bytesWritten += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

/** Sends a body with Transfer-Encoding: chunked (no length to refuse it by). */
function sendChunked(
  baseUrl: string,
  token: string,
  query: Record<string, string>,
  body: Buffer,
  type: string,
): Promise<number> {
  const url = new URL(`/api/documents?${new URLSearchParams(query).toString()}`, baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': type,
        'Transfer-Encoding': 'chunked',
      },
    });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      if (!answered) {
        reject(error);
      }
    });
    for (let at = 0; at < body.length; at += 256 * 1024) {
      request.write(body.subarray(at, at + 256 * 1024));
    }
    request.end();
  });
}
