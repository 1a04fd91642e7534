import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AUDIT_ACTIONS } from '@jcc/contracts';
import { describe, expect, it } from 'vitest';

import { actionKey } from './audit-filters';

const actionNames = (language: string): Record<string, string> =>
  (
    JSON.parse(
      readFileSync(join(import.meta.dirname, `../../../locales/${language}/common.json`), 'utf8'),
    ) as { audit: { actions: Record<string, string> } }
  ).audit.actions;

describe('audit action names', () => {
  // The log showed "audit.actions.delegation_programme_set" for every action added after the
  // first wave (found by the phone-width scenario q): each action needs a name in each language.
  it.each(['en', 'az', 'ur', 'ru'])('every action has a name in %s', (language) => {
    const names = actionNames(language);
    const missing = AUDIT_ACTIONS.filter(
      (action) => !names[actionKey(action).replace('audit.actions.', '')],
    );
    expect(missing).toEqual([]);
  });
});
