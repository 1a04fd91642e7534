import { Injectable } from '@nestjs/common';
import type { CompanySummary, Country, DelegationMemberStatus, SectorCode } from '@jcc/contracts';
import { CompaniesService } from '../companies/companies.service';
import type { CompanyProfileRow } from '../companies/company-sql';
import { DelegationListsRepository } from './delegation-lists.repository';

export interface MemberRow {
  company: CompanySummary;
  status: DelegationMemberStatus;
  updatedAt: Date;
  key: { name: string; id: string };
}

export interface ExportRow {
  name: string;
  country: Country;
  city: string;
  status: DelegationMemberStatus;
  sectors: SectorCode[];
  offersHs: string[];
  registrationNumber: string | null;
  website: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  key: { name: string; id: string };
}

type NameKey = { name: string; id: string };

/**
 * Delegation lists: who is on a delegation (its own table) joined with the firms as
 * CompaniesService reads them, by name; and the pools candidates are ranked from.
 */
@Injectable()
export class DelegationLists {
  constructor(
    private readonly lists: DelegationListsRepository,
    private readonly companies: CompaniesService,
  ) {}

  /** Members by name (then id), optionally only some statuses or one firm. */
  async members(
    delegationId: string,
    filter: { statuses?: DelegationMemberStatus[]; companyId?: string },
    after: NameKey | null,
    limit: number,
  ): Promise<MemberRow[]> {
    const members = await this.lists.memberStatuses(delegationId, filter);
    const byId = new Map(members.map((member) => [member.companyId, member]));
    const firms = await this.companies.pageByName([...byId.keys()], after, limit);
    return firms.map(({ id, name, country, city, sectors, sizeBand, verification, key }) => {
      const member = byId.get(id) as (typeof members)[number];
      return {
        company: { id, name, country, city, sectors, sizeBand, verification },
        status: member.status,
        updatedAt: member.updatedAt,
        key,
      };
    });
  }

  /** One batch of the export: firms with their sectors, products and a contact. */
  async exportBatch(
    delegationId: string,
    statuses: DelegationMemberStatus[],
    after: NameKey | null,
    limit: number,
  ): Promise<ExportRow[]> {
    const members = await this.lists.memberStatuses(delegationId, { statuses });
    const status = new Map(members.map((member) => [member.companyId, member.status]));
    const firms = await this.companies.pageByName([...status.keys()], after, limit);
    const contacts = await this.lists.contacts(firms.map((firm) => firm.id));
    return firms.map((firm) => ({
      name: firm.name,
      country: firm.country,
      city: firm.city,
      status: status.get(firm.id) as DelegationMemberStatus,
      sectors: firm.sectors,
      offersHs: firm.offersHs,
      registrationNumber: firm.registrationNumber,
      website: firm.website,
      contactName: contacts.get(firm.id)?.contactName ?? null,
      email: contacts.get(firm.id)?.email ?? null,
      phone: contacts.get(firm.id)?.phone ?? null,
      key: firm.key,
    }));
  }

  /** Home-country firms in the delegation's sectors, not on it yet, most sectors shared first. */
  async candidatePool(
    delegationId: string,
    home: Country,
    sectors: SectorCode[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    const onIt = await this.lists.memberStatuses(delegationId, {});
    return this.companies.bySectorOverlap(
      home,
      sectors,
      onIt.map((member) => member.companyId),
      limit,
    );
  }

  /** Host-country firms the delegation would meet: in its sectors, verified and in the host city first. */
  counterparts(
    host: Country,
    hostCity: string,
    sectors: SectorCode[],
    limit: number,
  ): Promise<CompanyProfileRow[]> {
    return this.companies.inSectorsNear(host, hostCity, sectors, limit);
  }
}
