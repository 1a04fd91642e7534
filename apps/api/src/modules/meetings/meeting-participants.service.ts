import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  HostCandidate,
  IncomingDelegation,
  MeetingFirm,
  MeetingHostResponse,
} from '@jcc/contracts';
import { scorePair } from '@jcc/matching';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../common/errors/domain-error';
import { CompaniesService } from '../companies/companies.service';
import { DelegationsService } from '../delegations/delegations.service';
import { MeetingsAccess } from './meetings-access';
import { toProgrammeResponse } from './meetings.mapper';
import { MeetingParticipantsRepository } from './meeting-participants.repository';
import { MeetingsRepository } from './meetings.repository';

/** Host firms scored per request: enough for a hall, few enough to score in memory. */
const HOST_POOL = 500;

const today = () => new Date().toISOString().slice(0, 10);

/** Host-country firms taking part, and the sessions each firm cannot attend. */
@Injectable()
export class MeetingParticipantsService {
  constructor(
    private readonly access: MeetingsAccess,
    private readonly repository: MeetingsRepository,
    private readonly participation: MeetingParticipantsRepository,
    private readonly companies: CompaniesService,
    private readonly delegations: DelegationsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** A verified firm sees the delegations coming to its country: members, sectors, programme. */
  async incoming(user: AuthUser): Promise<IncomingDelegation[]> {
    if (isStaff(user) || !user.companyId) {
      throw new ForbiddenError('Only a member firm has incoming delegations', 'no_company');
    }
    const company = await this.companies.get(user.companyId, user);
    if (company.verification !== 'verified') {
      throw new ForbiddenError(
        'Your firm must be verified to meet delegations',
        'company_not_verified',
      );
    }
    // A constant number of queries whatever the number of visits: the visits with their seats
    // (DelegationsService), then programmes, host statuses and firm names for all at once.
    const visits = await this.delegations.incoming(company.country, today());
    const ids = visits.map((visit) => visit.delegation.id);
    const [programmes, statuses, firms] = await Promise.all([
      this.repository.findProgrammes(ids),
      this.participation.hostStatuses(ids, company.id),
      this.participation.firms([...new Set(visits.flatMap((visit) => visit.seatedCompanyIds))]),
    ]);
    return visits.map(({ delegation, seatedCompanyIds }) => {
      const programme = programmes.get(delegation.id);
      return {
        id: delegation.id,
        title: delegation.title,
        direction: delegation.direction,
        hostCity: delegation.hostCity,
        startsOn: delegation.startsOn,
        endsOn: delegation.endsOn,
        sectors: delegation.sectors,
        members: seatedCompanyIds
          .map((companyId) => firms.get(companyId))
          .filter((firm): firm is MeetingFirm => firm !== undefined)
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
        programme: programme ? toProgrammeResponse(programme) : null,
        myHostStatus: statuses.get(delegation.id) ?? null,
      };
    });
  }

  /** A verified host-country firm registers itself; staff invite one (`companyId`). */
  async register(id: string, user: AuthUser, companyId?: string): Promise<MeetingHostResponse> {
    const context = await this.access.context(id, user);
    const staff = context.viewer.kind === 'staff';
    const firmId = staff
      ? companyId
      : context.viewer.kind === 'firm'
        ? context.viewer.companyId
        : undefined;
    if (!firmId) {
      throw InvalidInputError.field('companyId', 'companyId is required when staff invite a firm');
    }
    if (!staff && companyId && companyId !== firmId) {
      throw new ForbiddenError('A firm registers only itself');
    }
    const company = await this.companies.get(firmId, user);
    if (company.country !== context.host) {
      const message = `hosts are firms of ${context.host}; the firm is from ${company.country}`;
      if (staff) {
        throw InvalidInputError.field('companyId', message);
      }
      throw new ForbiddenError(message, 'wrong_country');
    }
    if (!staff && company.verification !== 'verified') {
      throw new ForbiddenError(
        'Your firm must be verified to meet delegations',
        'company_not_verified',
      );
    }
    if (context.delegation.endsOn < today()) {
      throw new ConflictError('the visit is over', 'delegation_over');
    }
    await this.txHost.withTransaction(() =>
      this.participation.upsertHost(id, firmId, staff ? 'invited' : 'registered'),
    );
    const hosts = await this.participation.hosts(id);
    const row = hosts.find((host) => host.company.id === firmId);
    if (!row) {
      throw new ConflictError('the firm could not be registered');
    }
    return row;
  }

  async hosts(id: string, user: AuthUser): Promise<MeetingHostResponse[]> {
    const { viewer } = await this.access.context(id, user);
    const hosts = await this.participation.hosts(id);
    // Firms see who they can meet: registered hosts only; staff also see invitations.
    return viewer.kind === 'staff' ? hosts : hosts.filter((host) => host.status === 'registered');
  }

  /** Staff: host-country firms ranked by their best match score with a visiting firm. */
  async hostCandidates(id: string, staff: AuthUser, limit = 50): Promise<HostCandidate[]> {
    const { delegation, host } = await this.access.staff(id, staff);
    const visitors = await this.participation.visitors(id);
    const [visitorProfiles, pool, hosts] = await Promise.all([
      this.participation.profiles(visitors.map((visitor) => visitor.id)),
      this.participation.hostPool(host, delegation.sectors, HOST_POOL),
      this.participation.hosts(id),
    ]);
    const status = new Map(hosts.map((row) => [row.company.id, row.status]));
    // Firms already invited or registered always appear with their status, even when more
    // firms of the host country share the sectors than the pool or the page holds.
    const pooled = new Set(pool.map((firm) => firm.id));
    const missingHosts = await this.participation.profiles(
      hosts.map((row) => row.company.id).filter((companyId) => !pooled.has(companyId)),
    );
    const ranked = [...pool, ...missingHosts]
      .map((firm) => {
        let best: { id: string; name: string; score: number } | null = null;
        for (const visitor of visitorProfiles) {
          const pair = scorePair(visitor, firm);
          if (pair && (!best || pair.score > best.score)) {
            best = { id: visitor.id, name: visitor.name, score: pair.score };
          }
        }
        return {
          company: {
            id: firm.id,
            name: firm.name,
            country: firm.country,
            sectors: [...firm.sectors],
          },
          score: best?.score ?? 0,
          bestVisitor: best ? { id: best.id, name: best.name } : null,
          hostStatus: status.get(firm.id) ?? null,
        };
      })
      .sort((a, b) => b.score - a.score || (a.company.id < b.company.id ? -1 : 1));
    const top = ranked.slice(0, limit);
    return [...top, ...ranked.slice(limit).filter((candidate) => candidate.hostStatus !== null)];
  }

  async setUnavailability(id: string, user: AuthUser, sessionIds: string[]): Promise<string[]> {
    const { viewer } = await this.access.participant(id, user);
    const programme = await this.repository.findProgramme(id);
    const known = new Set(programme?.sessions.map((session) => session.id) ?? []);
    const unknown = sessionIds.filter((sessionId) => !known.has(sessionId));
    if (unknown.length > 0) {
      throw InvalidInputError.field(
        'sessionIds',
        `not sessions of this programme: ${unknown.join(', ')}`,
      );
    }
    const unique = [...new Set(sessionIds)];
    await this.txHost.withTransaction(() =>
      this.participation.replaceUnavailability(id, viewer.companyId, unique),
    );
    return this.unavailability(id, user);
  }

  async unavailability(id: string, user: AuthUser): Promise<string[]> {
    const { viewer } = await this.access.participant(id, user);
    const rows = await this.participation.unavailability(id, viewer.companyId);
    return rows.map((row) => row.sessionId);
  }
}
