export * from './taxonomy';
export * from './registration-number';
export * from './wire';
export * from './match-reasons';
