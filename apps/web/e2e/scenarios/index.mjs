import { chat } from './b-chat.mjs';
import { accessibility } from './d-accessibility.mjs';
import { signUpToMatches } from './a-sign-up-to-matches.mjs';
import { urdu } from './c-languages.mjs';

/** In order: (d) looks at the firms and the conversation (b) leaves behind. */
export const scenarios = [signUpToMatches, chat, urdu, accessibility];
