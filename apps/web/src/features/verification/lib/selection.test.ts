import { describe, expect, it } from 'vitest';

import { coverage, initialSelection, selectionReducer, type SelectionState } from './selection';

const run = (state: SelectionState, ...actions: Parameters<typeof selectionReducer>[1][]) =>
  actions.reduce(selectionReducer, state);

describe('bulk selection', () => {
  it('ticks and unticks one firm at a time, in the order ticked', () => {
    const state = run(
      initialSelection(100),
      { type: 'toggle', id: 'b' },
      { type: 'toggle', id: 'a' },
      { type: 'toggle', id: 'c' },
      { type: 'toggle', id: 'a' },
    );
    expect(state.ids).toEqual(['b', 'c']);
  });

  it('never holds more than the API decides at once', () => {
    const ids = Array.from({ length: 7 }, (_, index) => `f${index}`);
    const state = run(initialSelection(5), { type: 'set-many', ids, selected: true });
    expect(state.ids).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(run(state, { type: 'toggle', id: 'f6' }).ids).toHaveLength(5);
    expect(run(state, { type: 'toggle', id: 'f0' }, { type: 'toggle', id: 'f6' }).ids).toEqual([
      'f1',
      'f2',
      'f3',
      'f4',
      'f6',
    ]);
  });

  it('select-all adds without duplicates and unselect-all removes only those shown', () => {
    const state = run(
      initialSelection(100),
      { type: 'toggle', id: 'x' },
      { type: 'set-many', ids: ['a', 'x', 'b'], selected: true },
    );
    expect(state.ids).toEqual(['x', 'a', 'b']);
    expect(run(state, { type: 'set-many', ids: ['a', 'b'], selected: false }).ids).toEqual(['x']);
  });

  it('forgets firms that left the list (decided, or filtered away) and keeps the rest', () => {
    const state = run(
      initialSelection(100),
      { type: 'set-many', ids: ['a', 'b', 'c'], selected: true },
      { type: 'retain', ids: ['c', 'a', 'z'] },
    );
    expect(state.ids).toEqual(['a', 'c']);
    expect(run(state, { type: 'clear' }).ids).toEqual([]);
  });

  it('returns the same state when nothing changes (no needless re-render)', () => {
    const state = run(initialSelection(100), { type: 'toggle', id: 'a' });
    expect(selectionReducer(state, { type: 'retain', ids: ['a', 'b'] })).toBe(state);
    expect(selectionReducer(state, { type: 'set-many', ids: ['a'], selected: true })).toBe(state);
  });

  it('tells the select-all box whether all, some or none of the shown firms are ticked', () => {
    const state = run(initialSelection(100), { type: 'set-many', ids: ['a', 'b'], selected: true });
    expect(coverage(state, ['a', 'b'])).toBe('all');
    expect(coverage(state, ['a', 'b', 'c'])).toBe('some');
    expect(coverage(state, ['c'])).toBe('none');
    expect(coverage(state, [])).toBe('none');
  });
});
