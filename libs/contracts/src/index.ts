export * from './taxonomy';
export * from './registration-number';
export * from './wire';
export * from './match-reasons';
export * from './chat';
export * from './chamber';
export * from './imports';
export * from './delegations';
