export * from './build';
export * from './labels';
export * from './sheet';
export * from './html';
export * from './action-plan';
export * from './evidence-sources';
