import { describe, expect, it } from 'vitest';

import { EMPTY_PROFILE } from './profile-rules';
import { clearDraft, loadDraft, saveDraft } from './wizard-draft';

describe('the profile wizard’s draft', () => {
  it('keeps the answers and the step per user until cleared', () => {
    const values = { ...EMPTY_PROFILE, name: 'Sialkot Surgical Co', website: 'sialkotsurgical.pk' };
    saveDraft('u1', { values, step: 2 });
    expect(loadDraft('u1')).toEqual({ values, step: 2 });
    expect(loadDraft('u2')).toBeNull();
    clearDraft('u1');
    expect(loadDraft('u1')).toBeNull();
  });

  it('ignores a damaged or foreign draft instead of breaking the wizard', () => {
    localStorage.setItem('jcc.profileDraft.u3', '{not json');
    expect(loadDraft('u3')).toBeNull();
    localStorage.setItem(
      'jcc.profileDraft.u4',
      JSON.stringify({
        values: { name: 42, city: 'Baku', sectors: 'textiles', extra: 1 },
        step: 99,
      }),
    );
    expect(loadDraft('u4')).toEqual({ values: { ...EMPTY_PROFILE, city: 'Baku' }, step: 4 });
  });
});
