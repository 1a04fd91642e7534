import type { AgreementSourceKind, Country, SectorCode } from '@jcc/contracts';

import type { CreateAgreementBody } from '../api/create-agreement';

export interface PartyValue {
  /** A firm, or (staff) an institution by name and country. */
  companyId: string | null;
  name: string;
  country: Country;
  /** The caller's own firm, or the firm the source named: not removable in the form. */
  fixed: boolean;
}

export interface CommitmentValue {
  title: string;
  ownerParty: string;
  dueOn: string;
  firstShipment: boolean;
}

export interface AgreementValues {
  title: string;
  kind: 'mou' | 'agreement';
  signedOn: string;
  sectors: SectorCode[];
  summary: string;
  documentUrl: string;
  bilateral: boolean;
  commitments: CommitmentValue[];
}

export interface SourceValue {
  kind: AgreementSourceKind;
  refId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `?source=conversation&ref=<id>&with=<companyId>[,<companyId>]` as the links from a
 * conversation, a match or a meeting set it: the source and the firms that were in it.
 */
export function sourceFromParams(params: URLSearchParams): {
  source: SourceValue;
  withCompanyIds: string[];
} {
  const kind = params.get('source');
  const ref = params.get('ref');
  const valid = kind === 'conversation' || kind === 'match' || kind === 'meeting';
  const named = (params.get('with') ?? (kind === 'match' ? (ref ?? '') : ''))
    .split(',')
    .filter((id) => UUID.test(id));
  return {
    source: valid && ref && UUID.test(ref) ? { kind, refId: ref } : { kind: 'other', refId: null },
    withCompanyIds: [...new Set(named)].slice(0, 2),
  };
}

export function toCreateBody(
  values: AgreementValues,
  parties: PartyValue[],
  source: SourceValue,
): CreateAgreementBody {
  return {
    title: values.title.trim(),
    kind: values.kind,
    signedOn: values.signedOn,
    sectors: values.sectors,
    ...(values.summary.trim() ? { summary: values.summary.trim() } : {}),
    ...(values.documentUrl.trim() ? { documentUrl: values.documentUrl.trim() } : {}),
    bilateral: values.bilateral,
    source:
      source.kind === 'other'
        ? { kind: 'other' }
        : { kind: source.kind, refId: source.refId ?? undefined },
    parties: parties.map((party) =>
      party.companyId
        ? { companyId: party.companyId }
        : { institutionName: party.name, country: party.country },
    ),
    commitments: values.commitments.map((commitment) => ({
      title: commitment.title.trim(),
      ownerParty: Number(commitment.ownerParty),
      dueOn: commitment.dueOn,
      kind: commitment.firstShipment ? 'first_shipment' : 'general',
    })),
  };
}

/** The form's own checks, the same rules the API applies (the API has the last word). */
export function checkAgreement(
  values: AgreementValues,
  parties: PartyValue[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) {
    errors.title = 'form.required';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.signedOn)) {
    errors.signedOn = 'form.required';
  }
  if (values.sectors.length === 0) {
    errors.sectors = 'form.required';
  }
  const countries = new Set(parties.map((party) => party.country));
  if (values.bilateral && !(countries.has('PK') && countries.has('AZ'))) {
    errors.parties = 'form.oneCountry';
  }
  values.commitments.forEach((commitment, index) => {
    if (!commitment.title.trim()) {
      errors[`commitments.${index}.title`] = 'form.required';
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(commitment.dueOn)) {
      errors[`commitments.${index}.dueOn`] = 'form.required';
    } else if (values.signedOn && commitment.dueOn < values.signedOn) {
      errors[`commitments.${index}.dueOn`] = 'form.dueBeforeSigning';
    }
  });
  return errors;
}

/** The API's field errors, as keys of this feature's texts where it knows the rule. */
export function apiFieldKey(field: string, message: string): string {
  if (/before the signing date/.test(message)) {
    return 'form.dueBeforeSigning';
  }
  if (/one from Pakistan and one from Azerbaijan/.test(message)) {
    return 'form.oneCountry';
  }
  if (/taken part in the|must match|no such (conversation|meeting)/.test(message)) {
    return 'form.notInSource';
  }
  if (field === 'documentUrl') {
    return 'form.badUrl';
  }
  return 'form.invalid';
}
