export * from './dates';
export * from './next-review';
export * from './review-plan';
export * from './data-request';
export * from './checklist';
export * from './record-sample';
export * from './evidence';
export { checkSeed, randomSeed, seededRandom, shuffled } from './prng';
export * from './review-plan-sheet';
