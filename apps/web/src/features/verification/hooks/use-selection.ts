import { useCallback, useEffect, useMemo, useReducer } from 'react';

import { coverage, initialSelection, selectionReducer } from '../lib/selection';

/** A bulk selection over a list whose visible ids may change (decided firms leave the queue). */
export function useSelection(visibleIds: readonly string[], max: number) {
  const [state, dispatch] = useReducer(selectionReducer, max, initialSelection);
  const visibleKey = visibleIds.join(',');

  useEffect(() => {
    dispatch({ type: 'retain', ids: visibleKey ? visibleKey.split(',') : [] });
  }, [visibleKey]);

  const selected = useMemo(() => new Set(state.ids), [state.ids]);
  return {
    ids: state.ids,
    count: state.ids.length,
    full: state.ids.length >= max,
    isSelected: useCallback((id: string) => selected.has(id), [selected]),
    toggle: useCallback((id: string) => dispatch({ type: 'toggle', id }), []),
    setAll: (value: boolean) => dispatch({ type: 'set-many', ids: visibleIds, selected: value }),
    clear: useCallback(() => dispatch({ type: 'clear' }), []),
    coverage: coverage(state, visibleIds),
  };
}
