/** Test helpers for matching specs in any workspace (fast-check is a dev dependency there). */
export * from './profile-arbitraries';
export { buildProfile } from './profile-builder';
