import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  AgreementListItem,
  AgreementResponse,
  Country,
  FieldError,
  Page,
} from '@jcc/contracts';
import { isStaff, type AuthUser } from '../../common/auth-user';
import { ForbiddenError, InvalidInputError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { UsersService } from '../users/users.service';
import { AgreementAccess } from './agreement-access';
import { checkBilateral, checkDueDates, throwIfAny } from './agreement-rules';
import { AgreementSources } from './agreement-sources';
import { toAgreementListItem, toAgreementResponse } from './agreement.mapper';
import { AgreementsRepository, type AgreementPatch } from './agreements.repository';
import type { CreateAgreementDto } from './dto/create-agreement.dto';
import type { ListAgreementsQuery } from './dto/agreement-queries';
import type { UpdateAgreementDto } from './dto/update-agreement.dto';

interface ResolvedParty {
  companyId: string | null;
  name: string;
  country: Country;
}

/** The register: record, read, list and (staff) edit agreements. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly access: AgreementAccess,
    private readonly sources: AgreementSources,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async create(user: AuthUser, input: CreateAgreementDto): Promise<AgreementResponse> {
    const staff = isStaff(user);
    if (!staff && !user.companyId) {
      throw new ForbiddenError(
        'Register your company first: agreements are between firms',
        'no_company',
      );
    }
    const parties = await this.resolveParties(input, user);
    const commitments = input.commitments ?? [];
    throwIfAny([
      ...checkBilateral(
        input.bilateral ?? true,
        parties.map((party) => party.country),
      ),
      ...checkDueDates(input.signedOn, commitments, (i) => `commitments.${i}.dueOn`),
      ...commitments.flatMap((commitment, i) =>
        commitment.ownerParty >= parties.length
          ? [
              {
                field: `commitments.${i}.ownerParty`,
                messages: ['ownerParty must be the index of one of the parties'],
              },
            ]
          : [],
      ),
    ]);
    const responsible = await this.responsibleStaff(user, input.responsibleStaffUserId);
    const source = { kind: input.source.kind, refId: input.source.refId ?? null };
    if (source.kind === 'other') {
      source.refId = null;
    }
    const firmIds = parties.flatMap((party) => (party.companyId ? [party.companyId] : []));
    await this.sources.check(
      source,
      firmIds,
      parties.some((party) => !party.companyId),
      user,
    );
    const id = await this.txHost.withTransaction(async () => {
      const agreementId = await this.agreements.insertAgreement(
        {
          title: input.title,
          kind: input.kind,
          summary: input.summary?.trim() ?? '',
          bilateral: input.bilateral ?? true,
          sectors: input.sectors,
          signedOn: input.signedOn,
          sourceKind: source.kind,
          sourceRef: source.refId,
          documentUrl: input.documentUrl ?? null,
          responsibleStaffUserId: responsible,
        },
        user.id,
      );
      const partyIds = await this.agreements.insertParties(agreementId, parties);
      for (const commitment of commitments) {
        await this.agreements.insertCommitment({
          agreementId,
          ownerPartyId: partyIds[commitment.ownerParty],
          title: commitment.title,
          kind: commitment.kind ?? 'general',
          dueOn: commitment.dueOn,
        });
      }
      await this.audit.record(user, {
        action: 'agreement.create',
        target: { type: 'agreement', id: agreementId },
        after: {
          title: input.title,
          signedOn: input.signedOn,
          source: { kind: source.kind, refId: source.refId },
          parties: parties.map((party) => ({ ...party })),
          commitments: commitments.length,
        },
      });
      return agreementId;
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<AgreementResponse> {
    const row = await this.access.require(user, id);
    const [parties, commitments, history] = await Promise.all([
      this.agreements.parties([id]),
      this.agreements.commitments([id]),
      this.agreements.history(id),
    ]);
    return toAgreementResponse(row, parties, commitments, history);
  }

  /** Staff: every agreement; a firm's members: those their firm is party to. */
  async list(user: AuthUser, query: ListAgreementsQuery): Promise<Page<AgreementListItem>> {
    const staff = isStaff(user);
    if (!staff && !user.companyId) {
      return { items: [], nextCursor: null };
    }
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.agreements.list(staff ? null : user.companyId, after, limit),
      {
        items: async (rows) => {
          const ids = rows.map((row) => row.id);
          const [parties, commitments] = await Promise.all([
            this.agreements.parties(ids),
            this.agreements.commitments(ids),
          ]);
          return rows.map((row) =>
            toAgreementListItem(
              row,
              parties.filter((party) => party.agreementId === row.id),
              commitments.filter((commitment) => commitment.agreementId === row.id),
            ),
          );
        },
        key: (row) => ({ at: row.sortAt, id: row.id }),
      },
    );
  }

  /** Staff edit any agreement; a new signing date must not pass a commitment's due date. */
  async update(staff: AuthUser, id: string, input: UpdateAgreementDto): Promise<AgreementResponse> {
    const patch: AgreementPatch = {
      title: input.title,
      kind: input.kind,
      summary: input.summary?.trim(),
      sectors: input.sectors,
      signedOn: input.signedOn,
      documentUrl: input.documentUrl,
      responsibleStaffUserId:
        input.responsibleStaffUserId === undefined
          ? undefined
          : input.responsibleStaffUserId === null
            ? null
            : await this.responsibleStaff(staff, input.responsibleStaffUserId),
    };
    await this.txHost.withTransaction(async () => {
      const before = await this.access.require(staff, id, true);
      if (input.signedOn) {
        const earliest = await this.agreements.earliestDue(id);
        if (earliest && earliest < input.signedOn) {
          throw InvalidInputError.field(
            'signedOn',
            `a commitment falls due on ${earliest}: the signing date must not be after it`,
          );
        }
      }
      await this.agreements.updateAgreement(id, patch);
      const changed = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      ) as Record<string, string | string[] | null>;
      await this.audit.record(staff, {
        action: 'agreement.update',
        target: { type: 'agreement', id },
        before: Object.fromEntries(
          Object.keys(changed).map((key) => [key, before[key as keyof AgreementPatch] ?? null]),
        ),
        after: changed,
      });
    });
    return this.get(staff, id);
  }

  /**
   * Firms by id (name and country from the companies module) and, for staff only, institutions
   * by name and country. A member's own firm must be one of the parties.
   */
  private async resolveParties(
    input: CreateAgreementDto,
    user: AuthUser,
  ): Promise<ResolvedParty[]> {
    const errors: FieldError[] = [];
    const firmIds = input.parties.flatMap((party) => (party.companyId ? [party.companyId] : []));
    const summaries = await this.companies.summaries(firmIds);
    const seen = new Set<string>();
    const parties = input.parties.map((party, index): ResolvedParty => {
      if (party.companyId) {
        const company = summaries.get(party.companyId);
        if (!company) {
          errors.push({ field: `parties.${index}.companyId`, messages: ['no such firm'] });
        } else if (seen.has(company.id)) {
          errors.push({
            field: `parties.${index}.companyId`,
            messages: ['a firm is a party once'],
          });
        }
        seen.add(party.companyId);
        return {
          companyId: party.companyId,
          name: company?.name ?? '',
          country: company?.country ?? 'PK',
        };
      }
      if (!isStaff(user)) {
        errors.push({
          field: `parties.${index}.institutionName`,
          messages: ['only chamber staff enter institutions as parties'],
        });
      }
      return { companyId: null, name: party.institutionName ?? '', country: party.country ?? 'PK' };
    });
    if (!isStaff(user) && user.companyId && !firmIds.includes(user.companyId)) {
      errors.push({ field: 'parties', messages: ['your own firm must be one of the parties'] });
    }
    throwIfAny(errors);
    return parties;
  }

  /** Staff name who follows an agreement up (themselves by default); firms name no one. */
  private async responsibleStaff(
    user: AuthUser,
    requested: string | undefined,
  ): Promise<string | null> {
    if (!isStaff(user)) {
      if (requested) {
        throw InvalidInputError.field(
          'responsibleStaffUserId',
          'the chamber assigns the responsible staff member',
        );
      }
      return null;
    }
    if (!requested || requested === user.id) {
      return user.id;
    }
    const account = await this.users.findById(requested);
    if (!account || (account.role !== 'staff' && account.role !== 'admin')) {
      throw InvalidInputError.field('responsibleStaffUserId', 'no such staff member');
    }
    return account.id;
  }
}
