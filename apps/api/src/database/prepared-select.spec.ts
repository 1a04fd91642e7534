import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource, type Logger } from 'typeorm';
import { CompanyEntity } from '../modules/companies/company.entity';
import { dataSourceOptions } from './data-source-options';
import { placeholder, prepareSelect } from './prepared-select';

/**
 * A prepared statement must be exactly what TypeORM would send, and its rows must hydrate into
 * exactly the entity TypeORM would build: the company page and the directory rely on both.
 */
describe('prepareSelect', () => {
  const sent: string[] = [];
  const recorder: Logger = {
    logQuery: (query) => void sent.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  let db: DataSource;
  let firm: CompanyEntity;

  beforeAll(async () => {
    db = await new DataSource({
      ...dataSourceOptions(process.env.TEST_DATABASE_URL ?? ''),
      migrationsRun: false,
      logging: ['query'],
      logger: recorder,
    }).initialize();
    const companies = db.getRepository(CompanyEntity);
    // Every kind of column set: arrays, jsonb, timestamps, nulls and a suspension.
    const saved = await companies.save(
      companies.create({
        name: `Prepared ${randomUUID()}`,
        country: 'AZ',
        city: 'Baku',
        registrationNumber: null,
        sectors: ['textiles', 'agriculture'],
        offersHs: ['52'],
        seeksHs: [],
        partnershipTypes: ['export'],
        jvSectors: [],
        sizeBand: 'small',
        foundedYear: 1999,
        languages: ['en', 'az'],
        website: null,
        description: 'Cotton',
        certifications: ['ISO 9001'],
        verification: 'pending',
        verificationNote: null,
        verifiedAt: new Date('2026-01-02T03:04:05.678Z'),
        pendingSince: null,
        lastReview: {
          status: 'verified',
          note: null,
          at: '2026-01-02T03:04:05.678Z',
          byUserId: null,
          profile: { name: 'Before' } as never,
        },
        suspendedAt: new Date('2026-02-03T04:05:06.789Z'),
        suspensionReason: 'Unpaid dues',
      }),
    );
    firm = (await companies.findOneBy({ id: saved.id }))!;
  });

  afterAll(async () => {
    await db.query('DELETE FROM companies WHERE id = $1', [firm.id]);
    await db.destroy();
  });

  it('sends the statement findOneBy sends and hydrates the entity it builds', async () => {
    const companies = db.getRepository(CompanyEntity);
    sent.length = 0;
    const expected = await companies.findOneBy({ id: firm.id });
    const typeormSql = sent[0];

    const byId = prepareSelect(
      companies
        .createQueryBuilder(companies.metadata.name)
        .setFindOptions({ where: { id: placeholder('id') }, take: 1 }),
    );
    sent.length = 0;
    const { entities } = await byId.run(db.manager, { id: firm.id });

    expect(byId.sql).toBe(typeormSql);
    expect(sent).toEqual([typeormSql]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toBeInstanceOf(CompanyEntity);
    expect(entities[0]).toStrictEqual(expected);
    expect(entities[0].suspendedAt).toEqual(new Date('2026-02-03T04:05:06.789Z'));
    expect(entities[0].lastReview?.profile).toEqual({ name: 'Before' });
  });

  it('binds values by name, in the order the statement numbers them', async () => {
    const query = db
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .where('c.city = :city', { city: placeholder('city') })
      .andWhere('c.id = :id', { id: placeholder('id') })
      .andWhere('c.country = :country', { country: placeholder('country') });
    const statement = prepareSelect(query);

    const found = await statement.run(db.manager, { id: firm.id, country: 'AZ', city: 'Baku' });
    const none = await statement.run(db.manager, { id: firm.id, country: 'PK', city: 'Baku' });

    expect(found.entities.map((company) => company.id)).toEqual([firm.id]);
    expect(none.entities).toEqual([]);
  });

  it('refuses a statement with a value bound in place of a placeholder', () => {
    const query = db
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: firm.id });

    expect(() => prepareSelect(query)).toThrow(/not a placeholder/);
  });
});
