import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every key this feature asks the `agreements` namespace for (through `ta('…')`, or as a rule's
 * key in lib/) exists in English; the completeness test checks the other languages against it.
 */
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? [path.replace(/_(one|few|many|other)$/, '')]
      : flatten(value, path);
  });
}

const english = new Set(
  flatten(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../locales/en/agreements.json'), 'utf8'),
    ) as Tree,
  ),
);

describe('agreements texts', () => {
  it('has every key the feature uses', () => {
    const sources = import.meta.glob<string>(
      ['../**/*.{ts,tsx}', '../../../components/ui/record-agreement-link.tsx'],
      {
        query: '?raw',
        import: 'default',
        eager: true,
      },
    );
    const used = new Set<string>();
    for (const [path, source] of Object.entries(sources)) {
      if (path.includes('.test.')) {
        continue;
      }
      for (const match of source.matchAll(/\bta\(\s*'([\w.]+)'/g)) {
        used.add(match[1]);
      }
      for (const match of source.matchAll(/'(form\.\w+)'/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  it('names every status, kind, source and funnel stage', () => {
    const codes = {
      status: ['open', 'in_progress', 'done', 'dropped'],
      kind: ['mou', 'agreement'],
      source: ['match', 'conversation', 'meeting', 'other'],
      stage: ['match', 'contact', 'conversation', 'meeting', 'agreement', 'first_shipment'],
    };
    const missing = Object.entries(codes).flatMap(([group, values]) =>
      values.map((value) => `${group}.${value}`).filter((key) => !english.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
