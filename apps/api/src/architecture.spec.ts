import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The house rules that can be measured, checked over the source on every test run:
 * - one owner per table: outside the companies module, only the two reporting read models (match
 *   candidates, stats) name the `companies` table in SQL, and nobody names CompanyEntity;
 * - one unit of work: no service takes or returns an EntityManager (repositories reach the
 *   current transaction through TransactionHost; see database/unit-of-work.ts).
 */
const SRC = __dirname;

/** Where the companies table may be named. */
const COMPANIES_OWNERS = [
  'modules/companies/',
  'modules/matching/match-candidates.repository.ts',
  'modules/stats/stats.repository.ts',
];
/**
 * Not app code reading firms: migrations create the table, the data source registers every
 * entity, and tool code (cli, bench) is leaving the app (issue 10, point 5).
 */
const NOT_FEATURES = ['database/migrations/', 'database/data-source-options.ts', 'cli/', 'bench/'];

const COMPANIES_TABLE_IN_SQL = /\b(?:FROM|JOIN|INTO|UPDATE)\s+companies\b/i;
const COMPANY_ENTITY = /\bCompanyEntity\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));
const under = (path: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => path === prefix || path.startsWith(prefix));

describe('architecture', () => {
  it('finds the source it checks', () => {
    expect(files.some((file) => file.path === 'modules/companies/companies.service.ts')).toBe(true);
    expect(files.filter((file) => file.path.endsWith('.service.ts')).length).toBeGreaterThan(10);
  });

  it('only the companies module and the two read models name the companies table', () => {
    const offenders = files
      .filter((file) => !under(file.path, [...COMPANIES_OWNERS, ...NOT_FEATURES]))
      .filter((file) => COMPANIES_TABLE_IN_SQL.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('only the companies module names CompanyEntity', () => {
    const offenders = files
      .filter((file) => !under(file.path, ['modules/companies/', ...NOT_FEATURES]))
      .filter((file) => COMPANY_ENTITY.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('no service has an EntityManager in its signatures', () => {
    const offenders = files
      .filter((file) => file.path.endsWith('.service.ts'))
      .filter((file) => /\bEntityManager\b/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('the check itself catches what it looks for', () => {
    expect(COMPANIES_TABLE_IN_SQL.test('SELECT 1 FROM companies c')).toBe(true);
    expect(COMPANIES_TABLE_IN_SQL.test('JOIN companies AS co ON co.id = s.company_id')).toBe(true);
    expect(COMPANIES_TABLE_IN_SQL.test('FROM conversation_companies cc')).toBe(false);
    expect(COMPANY_ENTITY.test('ConversationCompanyEntity')).toBe(false);
  });
});
