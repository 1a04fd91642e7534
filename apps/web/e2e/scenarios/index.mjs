import { chat } from './b-chat.mjs';
import { accessibility } from './d-accessibility.mjs';
import { staffWorkspace } from './e-staff-workspace.mjs';
import { memberImport } from './f-member-import.mjs';
import { staffAccessibility } from './g-staff-accessibility.mjs';
import { offlineShell } from './h-offline-shell.mjs';
import { offlineAgendaChat } from './p-offline-agenda-chat.mjs';
import { signUpToMatches } from './a-sign-up-to-matches.mjs';
import { urdu } from './c-languages.mjs';
import { opportunities } from './i-opportunities.mjs';
import { documents } from './j-documents.mjs';
import { agreements } from './k-agreements.mjs';
import { meetingsEnglish, meetingsUrdu } from './l-meetings.mjs';
import { firstWeekMember } from './fw1-first-week-member.mjs';
import { firstWeekLanguages } from './fw2-first-week-languages.mjs';
import { firstWeekStaff } from './fw3-first-week-staff.mjs';
import { gallery } from './fw9-gallery.mjs';
import { colleagues } from './n-colleagues.mjs';
import { accounts } from './o-accounts.mjs';
import { phoneWidth } from './q-phone-width.mjs';
import { suspension } from './r-suspension.mjs';
import { returningSnapshot } from './s-returning-snapshot.mjs';

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
  opportunities,
  documents,
  agreements,
  meetingsEnglish,
  meetingsUrdu,
  firstWeekMember,
  firstWeekLanguages,
  firstWeekStaff,
  colleagues,
  accounts,
  phoneWidth,
  offlineAgendaChat,
  returningSnapshot,
  // Suspends a seeded demo firm and reinstates it: the gallery after it photographs it restored.
  suspension,
  // Last: it only photographs, after every scenario has left its data behind.
  gallery,
];
