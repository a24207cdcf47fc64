/**
 * The preview's MemoryWorkbook computes every formula with the formula engine itself now
 * (src/preview/memory-workbook.ts: FormulaBook as its only calculator, caches per sheet, engine
 * options such as indexedCriteria, recalculate()). This name stays for the tests that use it.
 */
export { MemoryWorkbook as EngineWorkbook } from '../../../src/preview/memory-workbook';
