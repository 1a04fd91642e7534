import { InitialSchema1764380000000 } from './1764380000000-InitialSchema';

/** Every migration, in order. New ones are appended here (and named <timestamp>-<Name>.ts). */
export const MIGRATIONS = [InitialSchema1764380000000];
