import { EMPTY_PROFILE, PROFILE_STEPS, type ProfileValues } from './profile-rules';

/**
 * The profile wizard's draft, kept on this device per user: leaving the wizard (another page, a
 * reload, a closed tab) and coming back finds the answers and the step where the person was.
 * Cleared once the firm is created.
 */
export interface WizardDraft {
  values: ProfileValues;
  step: number;
}

const draftKey = (userId: string) => `jcc.profileDraft.${userId}`;

export function loadDraft(userId: string): WizardDraft | null {
  try {
    const raw = localStorage.getItem(draftKey(userId));
    if (!raw) {
      return null;
    }
    const parsed = JSON.parse(raw) as Partial<WizardDraft>;
    if (!parsed.values || typeof parsed.values !== 'object') {
      return null;
    }
    // Only known fields, each of the type the form holds; anything else takes the empty value.
    const values = { ...EMPTY_PROFILE };
    for (const key of Object.keys(EMPTY_PROFILE) as (keyof ProfileValues)[]) {
      const value = (parsed.values as unknown as Record<string, unknown>)[key];
      const empty: unknown = EMPTY_PROFILE[key];
      if (
        (Array.isArray(empty) && Array.isArray(value)) ||
        (typeof empty === 'string' && typeof value === 'string') ||
        (empty === null && (typeof value === 'string' || value === null))
      ) {
        (values as unknown as Record<string, unknown>)[key] = value;
      }
    }
    const step = Number.isInteger(parsed.step)
      ? Math.min(Math.max(parsed.step ?? 0, 0), PROFILE_STEPS.length - 1)
      : 0;
    return { values, step };
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, draft: WizardDraft): void {
  try {
    localStorage.setItem(draftKey(userId), JSON.stringify(draft));
  } catch {
    // Storage full or private mode: the wizard still works, without a draft.
  }
}

export function clearDraft(userId: string): void {
  try {
    localStorage.removeItem(draftKey(userId));
  } catch {
    // Nothing to clear.
  }
}
