/**
 * Which firms of the queue are ticked for a bulk decision: in the order they were ticked, never
 * more than `max` (the API decides at most 100 at once), and only firms still on screen.
 */
export interface SelectionState {
  ids: readonly string[];
  max: number;
}

export type SelectionAction =
  | { type: 'toggle'; id: string }
  /** Tick (or untick) every one of these; ticking stops at `max`. */
  | { type: 'set-many'; ids: readonly string[]; selected: boolean }
  /** Keep only those still listed (after a decision or a new filter). */
  | { type: 'retain'; ids: readonly string[] }
  | { type: 'clear' };

export function initialSelection(max: number): SelectionState {
  return { ids: [], max };
}

function add(state: SelectionState, incoming: readonly string[]): SelectionState {
  const ids = [...state.ids];
  const present = new Set(ids);
  for (const id of incoming) {
    if (ids.length >= state.max) {
      break;
    }
    if (!present.has(id)) {
      present.add(id);
      ids.push(id);
    }
  }
  return ids.length === state.ids.length ? state : { ...state, ids };
}

function remove(state: SelectionState, outgoing: readonly string[]): SelectionState {
  const gone = new Set(outgoing);
  const ids = state.ids.filter((id) => !gone.has(id));
  return ids.length === state.ids.length ? state : { ...state, ids };
}

export function selectionReducer(state: SelectionState, action: SelectionAction): SelectionState {
  switch (action.type) {
    case 'toggle':
      return state.ids.includes(action.id) ? remove(state, [action.id]) : add(state, [action.id]);
    case 'set-many':
      return action.selected ? add(state, action.ids) : remove(state, action.ids);
    case 'retain': {
      const keep = new Set(action.ids);
      return remove(
        state,
        state.ids.filter((id) => !keep.has(id)),
      );
    }
    case 'clear':
      return state.ids.length === 0 ? state : { ...state, ids: [] };
  }
}

/** "all", "some" or "none" of these ids are selected: the state of a "select all" box. */
export function coverage(state: SelectionState, ids: readonly string[]): 'all' | 'some' | 'none' {
  const selected = ids.filter((id) => state.ids.includes(id)).length;
  if (selected === 0) {
    return 'none';
  }
  return selected === ids.length ? 'all' : 'some';
}
