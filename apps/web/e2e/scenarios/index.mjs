import { chat } from './b-chat.mjs';
import { accessibility } from './d-accessibility.mjs';
import { staffWorkspace } from './e-staff-workspace.mjs';
import { memberImport } from './f-member-import.mjs';
import { staffAccessibility } from './g-staff-accessibility.mjs';
import { offlineShell } from './h-offline-shell.mjs';
import { signUpToMatches } from './a-sign-up-to-matches.mjs';
import { urdu } from './c-languages.mjs';
import { colleagues } from './i-colleagues.mjs';

/**
 * In order: (d) looks at the firms and the conversation (b) leaves behind; (g) at the delegation
 * (e) creates and the imports (f) runs.
 */
export const scenarios = [
  signUpToMatches,
  chat,
  urdu,
  accessibility,
  staffWorkspace,
  memberImport,
  staffAccessibility,
  offlineShell,
  colleagues,
];
