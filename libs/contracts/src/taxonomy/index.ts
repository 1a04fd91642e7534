export * from './enums';
export * from './hs-chapters';
export * from './sectors';
