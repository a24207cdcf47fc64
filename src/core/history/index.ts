export * from './table';
export * from './trends';
