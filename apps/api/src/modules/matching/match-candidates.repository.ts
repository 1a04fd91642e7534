import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Country, PartnershipType, SectorCode } from '@jcc/contracts';
import { wantedJvSectors, type MatchProfile, type MatchWeights } from '@jcc/matching';
import {
  COMPANIES_TABLE,
  companyProfileColumns,
  toCompanyProfileRow,
  type CompanyProfileRow,
} from '../companies/company-sql';
import type { CandidateRow } from './candidate-row';
import {
  matchScoreSql,
  SqlParameters,
  type KeySet,
  type RankKey,
  type StageRequest,
  type StageRow,
} from '@jcc/matching';

/** Partner filters of a list: any of the sectors, any of the types; empty lists filter nothing. */
export interface CandidateFilters {
  sectors: readonly SectorCode[];
  partnershipTypes: readonly PartnershipType[];
}

export interface StageQuery extends StageRequest {
  viewer: MatchProfile;
  weights: MatchWeights;
  filters: CandidateFilters;
  minScore: number;
  cursor: RankKey | null;
}

export interface SearchSession {
  fetchStage(query: StageQuery): Promise<StageRow<CandidateRow>[]>;
}

/** A row of stageQuery. */
export interface StageRecord extends CompanyProfileRow {
  bound: number;
  regular: boolean;
}

/**
 * Every firm in match_profiles is listed (VerifiedMarketplace migration): verified, or verified
 * and under review of an edit, which the shared column list shows as its last verified version.
 */
const CANDIDATE_COLUMNS = companyProfileColumns('co');

/**
 * The matching queries. Partners come from match_profiles (listed firms only: no pending or
 * rejected one),
 * of the other country only, never one the viewer dismissed; their profiles from companies.
 */
@Injectable()
export class MatchCandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The stages of one search in one snapshot, so that a firm cannot move between stages (and be
   * missed or counted twice) while they run. JIT is off: Postgres would compile the long score
   * expression with LLVM once the estimated cost passes jit_above_cost (beyond about a million
   * firms), which takes longer than running the query. Both are set in one round trip, which
   * TypeORM's transaction() would spend three on.
   */
  async inSearchSession<R>(work: (session: SearchSession) => Promise<R>): Promise<R> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL jit = off');
      const result = await work({ fetchStage: (query) => this.fetchStage(runner.manager, query) });
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** One batch of a search stage (see stageQuery). */
  async fetchStage(manager: EntityManager, query: StageQuery): Promise<StageRow<CandidateRow>[]> {
    const { text, values } = stageQuery(query);
    return toStageRows(await manager.query<StageRecord[]>(text, values));
  }

  /** Every partner the viewer has not dismissed: the slow, always exact fallback. */
  async findAll(viewer: MatchProfile): Promise<CandidateRow[]> {
    const rows = await this.dataSource.query<CompanyProfileRow[]>(
      `SELECT ${CANDIDATE_COLUMNS}
       FROM match_profiles AS c JOIN ${COMPANIES_TABLE} AS co ON co.id = c.company_id
       WHERE c.country = $2::bpchar AND ${notDismissed('$1::uuid')}`,
      [viewer.id, otherCountry(viewer.country)],
    );
    return rows.map(toCompanyProfileRow);
  }

  /** The partners the viewer saved, still matchable (not rejected, still of the other country). */
  async findSaved(viewer: MatchProfile): Promise<CandidateRow[]> {
    const rows = await this.dataSource.query<CompanyProfileRow[]>(
      `SELECT ${CANDIDATE_COLUMNS}
       FROM match_feedback AS f
       JOIN match_profiles AS c ON c.company_id = f.target_id
       JOIN ${COMPANIES_TABLE} AS co ON co.id = f.target_id
       WHERE f.company_id = $1 AND f.state = 'saved' AND c.country = $2::bpchar`,
      [viewer.id, otherCountry(viewer.country)],
    );
    return rows.map(toCompanyProfileRow);
  }
}

/**
 * The candidate query of one batch of a search stage, best first by SQL score: firms with a key
 * of each `include` set and none of `exclude`, scoring at least minScore, after the cursor, and
 * not below the threshold — firms whose viewer-side bound is below it are dropped before their
 * side is scored, which is most of the work of a stage. The overlaps both sides read (shared
 * chapters, sectors, JV fit, language, size) are computed once per firm in the innermost query,
 * the score once per firm over them in the next (each OFFSET 0 keeps the conditions of the query
 * above from being pushed into it, where they would compute its columns again). The filters, the cursor and the threshold trust the SQL score, so they
 * apply to regular firms only; irregular ones always pass and are checked by the caller.
 * Exported for the benchmark, which times it alone.
 */
export function stageQuery(query: StageQuery): { text: string; values: unknown[] } {
  const params = new SqlParameters();
  // Later stages exclude what earlier ones covered, so those overlaps are known to be none.
  const excludes = (...sets: KeySet[]) => sets.some((set) => query.stage.exclude.includes(set));
  const { score, viewerSideBound, overlapColumns } = matchScoreSql(
    query.viewer,
    query.weights,
    params,
    {
      trade: excludes('trade', 'overlap'),
      sectors: excludes('sectors', 'overlap'),
      jointVenture: excludes('jointVenture', 'sectors', 'overlap'),
    },
    query.stage.candidateSideBound,
    true,
  );
  const viewerId = params.add(query.viewer.id, 'uuid');
  const other = params.add(otherCountry(query.viewer.country), 'bpchar');
  const inner = [`c.country = ${other}`, notDismissed(viewerId)];
  for (const set of query.stage.include) {
    inner.push(`c.keys && ${partnerKeys(set, query.viewer, other, params)}`);
  }
  for (const set of query.stage.exclude) {
    inner.push(`NOT (c.keys && ${partnerKeys(set, query.viewer, other, params)})`);
  }
  inner.push(...filterConditions(query.filters, params));
  const floor = Math.max(query.threshold, query.minScore);
  const reachable =
    floor > 0 ? `(NOT c.regular OR ${viewerSideBound()} >= ${params.add(floor, 'int')})` : 'TRUE';
  const outer = ['TRUE'];
  if (query.minScore > 0) {
    outer.push(`t.bound >= ${params.add(query.minScore, 'int')}`);
  }
  if (query.cursor) {
    outer.push(`(NOT t.regular OR ${after(query.cursor, params)})`);
  }
  if (query.after) {
    outer.push(after(query.after, params));
  }
  const text = `SELECT s.bound, s.regular, ${CANDIDATE_COLUMNS}
    FROM (
      SELECT t.company_id, t.bound, t.regular
      FROM (
        SELECT c.company_id, c.regular, ${score} AS bound
        FROM (
          SELECT c.*, ${overlapColumns}
          FROM match_profiles AS c
          WHERE ${inner.join(' AND ')}
          OFFSET 0
        ) AS c
        WHERE ${reachable}
        OFFSET 0
      ) AS t
      WHERE ${outer.join(' AND ')}
      ORDER BY t.bound DESC, t.company_id
      LIMIT ${params.add(query.limit, 'int')}
    ) AS s
    JOIN ${COMPANIES_TABLE} AS co ON co.id = s.company_id
    ORDER BY s.bound DESC, s.company_id`;
  return { text, values: params.values };
}

export function toStageRows(records: readonly StageRecord[]): StageRow<CandidateRow>[] {
  return records.map((record) => ({
    candidate: toCompanyProfileRow(record),
    bound: record.bound,
    exact: record.regular,
  }));
}

function otherCountry(country: Country): Country {
  return country === 'PK' ? 'AZ' : 'PK';
}

/** The firms the viewer dismissed, read once per query (an anti-join would probe per firm). */
function notDismissed(viewerId: string): string {
  return `c.company_id <> ALL (ARRAY(SELECT f.target_id FROM match_feedback AS f
    WHERE f.company_id = ${viewerId} AND f.state = 'dismissed'))`;
}

/**
 * The keys a partner of the viewer would have (its offers are what the viewer seeks, and the
 * reverse; its sectors and JV sectors any of the viewer's), always with the key of irregular firms. Built by the same SQL function as the firms'
 * own keys; with constant arguments the planner folds it before it chooses the GIN index.
 */
function partnerKeys(
  set: KeySet,
  viewer: MatchProfile,
  country: string,
  params: SqlParameters,
): string {
  const list = (codes: readonly string[]) => params.add([...codes], 'text[]');
  const trade = set === 'trade' || set === 'overlap';
  const viewerJv = wantedJvSectors(viewer);
  const anySector = [...new Set([...viewer.sectors, ...viewerJv])];
  // A partner has a joint-venture fit by its sector being a JV sector of the viewer's, or by its
  // JV sector being a sector or a JV sector of the viewer's (libs/matching's
  // joint-venture-fit.ts); it shares a sector by its sector being one of the viewer's. Its JV
  // keys exist only if it lists joint_venture.
  const ownSectors = set === 'trade' ? [] : set === 'jointVenture' ? viewerJv : anySector;
  const jvSectors = set === 'trade' ? [] : anySector;
  return `matching_keys(${country}, ${list(ownSectors)},
    ${list(trade ? viewer.seeksHs : [])}, ${list(trade ? viewer.offersHs : [])},
    ${list(jvSectors)}, true)`;
}

function filterConditions(filters: CandidateFilters, params: SqlParameters): string[] {
  const conditions: string[] = [];
  if (filters.sectors.length > 0) {
    conditions.push(
      `(NOT c.regular OR bit_count(c.sectors & matching_sector_bits(${params.add([...filters.sectors], 'text[]')})) > 0)`,
    );
  }
  if (filters.partnershipTypes.length > 0) {
    conditions.push(
      `(NOT c.regular OR bit_count(c.partnership_types & matching_partnership_bits(${params.add([...filters.partnershipTypes], 'text[]')})) > 0)`,
    );
  }
  return conditions;
}

/** Rows whose (bound, id) comes after `key` in rank order. */
function after(key: RankKey, params: SqlParameters): string {
  const score = params.add(key.score, 'int');
  return `(t.bound < ${score} OR (t.bound = ${score} AND t.company_id > ${params.add(key.id, 'uuid')}))`;
}
