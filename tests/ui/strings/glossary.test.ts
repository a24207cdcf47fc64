/**
 * Issue 11 #10, wording and numbers: one glossary for bokmål and English (src/core/i18n/terms.ts)
 * used by every view. The pane's texts, the privacy check's, the report's and the score sheet's
 * name the manual and those who score with the glossary's one word («håndboken», «evaluator»;
 * "the manual", "rater") and never with another («manualen», «vurderer»; "handbook", "evaluator");
 * counts take the singular only for one (no «skår(er)», «1 celler», «1 gyldigt fødselsnummer»);
 * numbers are written by the language's one formatter (0,8 and 3,50 in bokmål).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERMS } from '../../../src/core/i18n/terms';
import { scanValues } from '../../../src/core/inputs/anonymity';
import { ACTION_PLAN_COLUMNS } from '../../../src/core/report/action-plan';
import { buildReport } from '../../../src/core/report/build';
import { REPORT_LABELS } from '../../../src/core/report/labels';
import { compareRaters } from '../../../src/core/review/consensus';
import { newReview, type Review } from '../../../src/core/review/model';
import { startRepeatReview } from '../../../src/core/review/repeat';
import { sampleReview } from '../../../src/core/review/sample';
import { privacyFieldLabel } from '../../../src/core/review/privacy';
import { SCORE_SHEET_LABELS } from '../../../src/core/sheets/score-sheet';
import type { Language } from '../../../src/core/text';
import { formatValue } from '../../../src/preview/number-format';
import { conflictSummary } from '../../../src/ui/state';
import { CYCLE_STRINGS } from '../../../src/ui/strings/cycle';
import {
  ACTIVITY_STRINGS,
  IMPORT_COLUMN_STRINGS,
  IMPORT_SOURCE_STRINGS,
  INPUTS_STRINGS,
  LINK_STRINGS,
} from '../../../src/ui/strings/inputs';
import { privacyStrings, STRINGS } from '../../../src/ui/strings';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LANGUAGES = ['nb', 'en'] as const;

/**
 * Every text a strings object can give: its strings, and what each function returns for counts
 * of 1 and 2 (the singular and the plural) and for names.
 */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const texts: string[] = [];
    for (const args of [
      [1, 1, 1, 1],
      [2, 3, 4, 5],
      ['«X»', '«Y»', '«Z»', '«W»'],
    ]) {
      try {
        texts.push(...textsOf((value as (...args: unknown[]) => unknown)(...args)));
      } catch {
        // A function that needs other arguments (an object) is read from its source instead.
      }
    }
    return texts;
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/** The texts of the pane, the privacy check, the report, the score sheet and the core's warnings, per language. */
function interfaceTexts(language: Language): string[] {
  const single = newReview({ id: 'x', service: 'S', team: 'T', date: '2025-01-01', raters: [{ id: 'r1', name: 'A' }] });
  return [
    ...textsOf(STRINGS[language]),
    ...textsOf(privacyStrings(language)),
    ...textsOf(INPUTS_STRINGS[language]),
    ...textsOf(LINK_STRINGS[language]),
    ...textsOf(ACTIVITY_STRINGS[language]),
    ...textsOf(IMPORT_SOURCE_STRINGS[language]),
    ...textsOf(IMPORT_COLUMN_STRINGS[language]),
    ...textsOf(CYCLE_STRINGS[language]),
    ...Object.values(REPORT_LABELS).map((text) => text[language]),
    ...Object.values(ACTION_PLAN_COLUMNS).map((text) => text[language]),
    ...reportWarnings(language),
    ...Object.values(SCORE_SHEET_LABELS).map((text) => text[language]),
    ...Object.values(TERMS).map((text) => text[language]),
    privacyFieldLabel('rater:r1')[language],
    ...compareRaters(single).warnings.map((warning) => warning.message[language]),
  ];
}

/** The sample review with the consensus of its first `count` items cleared. */
function withMissing(count: number): Review {
  const review = sampleReview();
  for (const item of Object.keys(review.items).slice(0, count)) review.items[item]!.consensus = null;
  return review;
}

/** A repeat of the sample review with all but `count` of the previous review's suggestions confirmed. */
function withPending(count: number): Review {
  const review = startRepeatReview(sampleReview(), { id: 'n', date: '2025-12-10', raters: [] });
  for (const item of Object.keys(review.items).slice(count)) {
    const state = review.items[item]!;
    if (state.suggested) state.consensus = state.suggested.score;
  }
  return review;
}

/** The report's warnings for one and for two of each count (items without a score, suggestions pending). */
function reportWarnings(language: Language): string[] {
  return [withMissing(1), withMissing(2), withPending(1), withPending(2)].flatMap((review) =>
    buildReport(review, { language }).warnings.map((warning) => warning.message),
  );
}

/** Words of a text that start with one of the prefixes (lower case). */
function wordsStartingWith(text: string, prefixes: readonly string[]): string[] {
  return (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((word) =>
    prefixes.some((prefix) => word.startsWith(prefix)),
  );
}

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The text of every string and template literal in a TypeScript file (comments and names left out). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** The manual's title may be cited as it is written. */
const MANUAL_TITLE = /Håndbok i kvalitetsevaluering IPS Supported Employment/g;

describe('the glossary', () => {
  it.each(LANGUAGES)(
    '(%s) the pane, privacy, report and score-sheet texts never use another word for the manual or the raters',
    (language) => {
      const texts = interfaceTexts(language);
      expect(texts.length).toBeGreaterThan(400);
      const never = [...GLOSSARY.manual[language].never, ...GLOSSARY.rater[language].never];
      const offending = texts.filter((text) => wordsStartingWith(text, never).length > 0);
      expect(offending).toEqual([]);
    },
  );

  it.each(LANGUAGES)('(%s) and name them with the glossary word', (language) => {
    const texts = interfaceTexts(language);
    const rater = GLOSSARY.rater[language].word;
    const manual = GLOSSARY.manual[language].word;
    expect(texts.filter((text) => wordsStartingWith(text, [rater]).length > 0).length).toBeGreaterThan(10);
    expect(texts.filter((text) => wordsStartingWith(text, [manual]).length > 0).length).toBeGreaterThan(2);
    // The labels that are the word itself are the terms module's.
    expect(STRINGS[language].raters).toBe(TERMS.raters[language]);
    expect(STRINGS[language].raterName(2)).toBe(`${TERMS.rater[language]} 2`);
    expect(REPORT_LABELS.evaluators[language].toLowerCase()).toContain(TERMS.raters[language].toLowerCase());
  });

  it('no Norwegian text in the add-in names the manual «manualen» or a rater «vurderer»', () => {
    // The scale's own wording (src/core/scale) follows the manual, where «vurderer» is a verb
    // («Metodeveilederen vurderer registreringsskjemaet …»); the glossary itself lists the words.
    const files = [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'gas'))].filter(
      (file) => !file.includes(`${path.sep}core${path.sep}scale${path.sep}`) && !file.endsWith('i18n/terms.ts'),
    );
    const never = [...GLOSSARY.manual.nb.never, ...GLOSSARY.rater.nb.never];
    const offending = files.flatMap((file) =>
      literals(file)
        .filter((text) => wordsStartingWith(text.replace(MANUAL_TITLE, ''), never).length > 0)
        .map((text) => `${path.relative(ROOT, file)}: ${text}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('the user guides', () => {
  it('name the raters and the manual with the glossary word, and write no plural in brackets', () => {
    const guide = (language: Language) => readFileSync(path.join(ROOT, `docs/guide.${language}.md`), 'utf8');
    expect(wordsStartingWith(guide('en'), [...GLOSSARY.rater.en.never, ...GLOSSARY.manual.en.never])).toEqual([]);
    expect(wordsStartingWith(guide('nb'), GLOSSARY.manual.nb.never)).toEqual([]);
    for (const language of LANGUAGES)
      expect(guide(language).match(/\p{L}\((e|er|r|s|en|ene|ne)\)/gu) ?? [], language).toEqual([]);
  });
});

describe('counts in the singular and the plural', () => {
  it.each(LANGUAGES)('(%s) no text writes a plural ending in brackets («skår(er)», "score(s)")', (language) => {
    const texts = interfaceTexts(language);
    expect(texts.filter((text) => /\p{L}\((e|er|s|en|ene)\)/u.test(text))).toEqual([]);
  });

  it('no string written in the pane’s, report’s, score sheet’s or preview’s sources has one either', () => {
    // The functions' help (src/core/functions, src/core/items) is checked with the function table.
    const folders = ['src/ui', 'src/preview', 'src/core/report', 'src/core/sheets', 'src/core/review', 'src/core/i18n'];
    const more = ['src/core/inputs', 'src/core/history', 'src/core/outcomes', 'src/core/workbook'];
    const offending = [...folders, ...more]
      .flatMap((folder) => sources(path.join(ROOT, folder)))
      .flatMap((file) =>
        literals(file)
          .filter((text) => /\p{L}\((e|er|r|s|en|ene|ne)\)/u.test(text))
          .map((text) => `${path.relative(ROOT, file)}: ${text}`),
      );
    expect(offending).toEqual([]);
  });

  it('the report’s warnings: one item, two items; one suggestion is, two suggestions are', () => {
    const warning = (review: Review, language: Language, code: string) =>
      buildReport(review, { language }).warnings.find((found) => found.code === code)!.message;
    expect(warning(withMissing(1), 'nb', 'incomplete')).toContain('ufullstendig: 1 punkt mangler skår (');
    expect(warning(withMissing(2), 'nb', 'incomplete')).toContain('ufullstendig: 2 punkter mangler skår (');
    expect(warning(withMissing(1), 'en', 'incomplete')).toContain('incomplete: 1 item without a score (');
    expect(warning(withMissing(2), 'en', 'incomplete')).toContain('incomplete: 2 items without a score (');
    expect(warning(withPending(1), 'nb', 'suggestionPending')).toMatch(/^1 forslag fra forrige evaluering er ikke/);
    expect(warning(withPending(1), 'en', 'suggestionPending')).toMatch(
      /^1 suggestion from the previous review is not confirmed and does not count: /,
    );
    expect(warning(withPending(2), 'en', 'suggestionPending')).toMatch(
      /^2 suggestions from the previous review are not confirmed and do not count: /,
    );
  });

  it('a count of one takes the singular, two the plural', () => {
    const nb = STRINGS.nb;
    expect(nb.savedOverwrote(1)).toBe('1 celle med annet innhold ble overskrevet etter at du sa ja.');
    expect(nb.savedOverwrote(2)).toBe('2 celler med annet innhold ble overskrevet etter at du sa ja.');
    expect(nb.bulkAgreedTitle(1)).toBe('Bruke 1 samstemt skår som konsensus?');
    expect(nb.bulkAgreedTitle(17)).toBe('Bruke 17 samstemte skårer som konsensus?');
    expect(nb.warnFewRaters(1)).toContain('Evalueringen har 1 evaluator.');
    expect(nb.historyPending(1)).toBe('1 korreksjon er ikke lagret i historikken ennå.');
    expect(nb.sectionSum(12, 1)).toBe('12 (1 punkt)');
    expect(STRINGS.en.savedOverwrote(1)).toBe('1 cell with other content was overwritten after you agreed.');
    expect(STRINGS.en.unchangedPending(1)).toBe('1 score from the previous review waits for confirmation.');
  });

  it('«1 gyldig fødselsnummer», «2 gyldige fødselsnumre» in the import’s privacy check', () => {
    const one = scanValues([['Deltaker'], ['01019012480'], ['P2']]);
    const two = scanValues([['Deltaker'], ['01019012480'], ['15058543206']]);
    const message = (findings: typeof one) => findings.find((finding) => finding.kind === 'nationalId')!.message;
    expect(message(one).nb).toContain('inneholder 1 gyldig fødselsnummer. Fjern det eller bytt det ut');
    expect(message(two).nb).toContain('inneholder 2 gyldige fødselsnumre. Fjern dem eller bytt dem ut');
    expect(message(one).en).toContain('holds 1 valid Norwegian national identity number. Remove it');
    expect(message(two).en).toContain('holds 2 valid Norwegian national identity numbers. Remove them');
  });
});

describe('numbers in the pane', () => {
  it('each language has one number formatter: 0,8 and 3,50 in bokmål, 0.8 and 3.50 in English', () => {
    expect(STRINGS.nb.number(0.8)).toBe('0,8');
    expect(STRINGS.nb.number(3.5, { decimals: 2, fixed: true })).toBe('3,50');
    expect(STRINGS.en.number(0.8)).toBe('0.8');
    expect(STRINGS.en.number(3.5, { decimals: 2, fixed: true })).toBe('3.50');
    expect(STRINGS.nb.percent(0.8)).toBe('80 %');
  });

  it('the dialog before overwriting shows a number in the sheet as the language writes it', () => {
    const conflicts = [{ sheet: 'S', address: 'D12', existing: 0.8, planned: 3.5 }];
    expect(conflictSummary(conflicts, STRINGS.nb).lines).toEqual([{ address: 'D12', existing: '0,8', planned: '3,5' }]);
    expect(conflictSummary(conflicts, STRINGS.en).lines).toEqual([{ address: 'D12', existing: '0.8', planned: '3.5' }]);
  });

  it('the preview’s workbook grid shows numbers in the workbook’s locale: 3,50 and 0,8 in Norwegian', () => {
    expect(formatValue(3.5, '0.00', 'nb')).toBe('3,50');
    expect(formatValue(0.8, undefined, 'nb')).toBe('0,8');
    expect(formatValue(12345.5, '#,##0.00', 'nb')).toBe('12\u00A0345,50');
    expect(formatValue(0.455, '0.0%', 'nb')).toBe('45,5%');
    expect(formatValue(3.5, '0.00')).toBe('3.50');
    expect(formatValue(0.8)).toBe('0.8');
  });

  it('the preview’s grid shows TRUE and FALSE as Excel does in the locale: SANN and USANN in Norwegian', () => {
    expect(formatValue(true, undefined, 'nb')).toBe('SANN');
    expect(formatValue(false, '0.00', 'nb')).toBe('USANN');
    expect(formatValue(true, undefined, 'en')).toBe('TRUE');
    expect(formatValue(false)).toBe('FALSE');
    // Dates follow the format the add-in writes, whatever the language.
    expect(formatValue(45717, 'yyyy-mm-dd', 'nb')).toBe(formatValue(45717, 'yyyy-mm-dd', 'en'));
  });

  it('no view writes a number with String() or toFixed() (the formatter does)', () => {
    // Whole numbers (scores, counts, row numbers) may be written as they are; a decimal never.
    const decimals = sources(path.join(ROOT, 'src/ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\.toFixed\(|toLocaleString\(/g)].map(() => path.relative(ROOT, file)),
    );
    expect(decimals).toEqual([]);
  });
});
