import { describe, expect, it } from 'vitest';

import {
  apiFieldKey,
  checkAgreement,
  sourceFromParams,
  toCreateBody,
  type AgreementValues,
  type PartyValue,
} from './agreement-form';

const PK = '11111111-1111-4111-8111-111111111111';
const AZ = '22222222-2222-4222-8222-222222222222';
const CONVERSATION = '33333333-3333-4333-8333-333333333333';

const parties: PartyValue[] = [
  { companyId: PK, name: 'Crescent', country: 'PK', fixed: true },
  { companyId: AZ, name: 'Bakı Tekstil', country: 'AZ', fixed: true },
];
const values: AgreementValues = {
  title: ' Footballs ',
  kind: 'mou',
  signedOn: '2026-03-01',
  sectors: ['sports_goods'],
  summary: '',
  documentUrl: '',
  bilateral: true,
  commitments: [{ title: 'Ship', ownerParty: '0', dueOn: '2026-05-01', firstShipment: true }],
};

describe('record agreement form', () => {
  it('reads the source and the other firm from the link', () => {
    expect(
      sourceFromParams(new URLSearchParams(`source=conversation&ref=${CONVERSATION}&with=${AZ}`)),
    ).toEqual({ source: { kind: 'conversation', refId: CONVERSATION }, withCompanyIds: [AZ] });
    expect(sourceFromParams(new URLSearchParams(`source=match&ref=${AZ}`))).toEqual({
      source: { kind: 'match', refId: AZ },
      withCompanyIds: [AZ],
    });
    expect(sourceFromParams(new URLSearchParams('source=conversation&ref=nope'))).toEqual({
      source: { kind: 'other', refId: null },
      withCompanyIds: [],
    });
  });

  it('checks what the API checks: dates, one country, required fields', () => {
    expect(checkAgreement(values, parties)).toEqual({});
    expect(
      checkAgreement(
        { ...values, commitments: [{ ...values.commitments[0], dueOn: '2026-02-28' }] },
        parties,
      ),
    ).toEqual({ 'commitments.0.dueOn': 'form.dueBeforeSigning' });
    expect(checkAgreement(values, [parties[0]])).toEqual({ parties: 'form.oneCountry' });
    expect(checkAgreement({ ...values, bilateral: false }, [parties[0]])).toEqual({});
  });

  it('builds the request body, institutions by name and country', () => {
    const body = toCreateBody(
      values,
      [...parties, { companyId: null, name: 'Export Agency', country: 'AZ', fixed: false }],
      { kind: 'conversation', refId: CONVERSATION },
    );
    expect(body).toEqual({
      title: 'Footballs',
      kind: 'mou',
      signedOn: '2026-03-01',
      sectors: ['sports_goods'],
      bilateral: true,
      source: { kind: 'conversation', refId: CONVERSATION },
      parties: [
        { companyId: PK },
        { companyId: AZ },
        { institutionName: 'Export Agency', country: 'AZ' },
      ],
      commitments: [{ title: 'Ship', ownerParty: 0, dueOn: '2026-05-01', kind: 'first_shipment' }],
    });
  });

  it('says the API’s rule in the user’s language', () => {
    expect(
      apiFieldKey('commitments.0.dueOn', 'dueOn must not be before the signing date 2026-03-01'),
    ).toBe('form.dueBeforeSigning');
    expect(
      apiFieldKey(
        'parties',
        'every firm must have taken part in the conversation named as source; not: x',
      ),
    ).toBe('form.notInSource');
    expect(apiFieldKey('documentUrl', 'documentUrl must be an http(s) address')).toBe(
      'form.badUrl',
    );
  });
});
