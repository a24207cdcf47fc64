/**
 * Pane commands that write the review cycle's sheets (issue 12): the data-request checklist, the
 * record sample and the evidence log. Free text (checklist notes; evidence roles and notes) goes
 * through the privacy check first: a fødselsnummer stops the write, a possible name is asked
 * about; then the sheet is written without overwriting a user's cells unasked (writeWithConsent).
 */
import { caseloadRecords } from '../../core/cycle/caseload-records';
import {
  checklistFreeTextFields,
  newDataRequestChecklist,
  type DataRequestChecklist,
} from '../../core/cycle/checklist';
import { CHECKLIST_SHEET, checklistSheetPlan, readChecklistSheet } from '../../core/cycle/checklist-sheet';
import { checkEvidencePrivacy } from '../../core/cycle/evidence';
import { evidenceSheetPlan, type EvidenceLog } from '../../core/cycle/evidence-sheet';
import { randomSeed } from '../../core/cycle/prng';
import { pickRecordSample, type RecordSample } from '../../core/cycle/record-sample';
import { RECORD_SAMPLE_SHEET, recordSampleSheetPlan } from '../../core/cycle/record-sample-sheet';
import { checkFreeText, type FreeTextFinding, type FreeTextOptions } from '../../core/inputs/free-text';
import { CASELOAD_TABLE, JOBS_TABLE } from '../../core/inputs/tables';
import type { Review } from '../../core/review/model';
import type { Language } from '../../core/text';
import type { Conflict, SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import { errorText } from '../state';
import { cycleStrings, languageOf, type CycleStrings } from '../strings/cycle';
import { evidenceSheetNames, evidenceSnapshot, namesOf } from './evidence-log';
import { readMany, type PaneCommandContext } from './pane';

export interface CycleSheetAsk {
  /** Cells that hold something else: may they be overwritten? */
  readonly overwrite: (conflicts: readonly Conflict[]) => Promise<boolean>;
  /** Possible names in the text: write anyway? */
  readonly names: (findings: readonly FreeTextFinding[]) => Promise<boolean>;
}

export interface CycleSheetOptions {
  readonly language: Language;
  readonly sheet?: string;
  readonly privacy?: FreeTextOptions;
}

export type CycleSheetOutcome =
  | { readonly status: 'written'; readonly sheet: string }
  /** A fødselsnummer: nothing written; the findings name field and value. */
  | { readonly status: 'blocked'; readonly findings: readonly FreeTextFinding[] }
  /** The user stopped at the name question or kept their cells. */
  | {
      readonly status: 'notWritten';
      readonly findings: readonly FreeTextFinding[];
      readonly conflicts: readonly Conflict[];
    };

async function writeChecked(
  workbook: Workbook,
  plan: SheetPlan,
  findings: readonly FreeTextFinding[],
  ask: CycleSheetAsk,
): Promise<CycleSheetOutcome> {
  const blocking = findings.filter((finding) => finding.severity === 'block');
  if (blocking.length > 0) return { status: 'blocked', findings: blocking };
  if (findings.length > 0 && !(await ask.names(findings))) return { status: 'notWritten', findings, conflicts: [] };
  const outcome = await writeWithConsent(workbook, [plan], ask.overwrite);
  return outcome.written
    ? { status: 'written', sheet: plan.sheet }
    : { status: 'notWritten', findings: [], conflicts: outcome.conflicts };
}

/** «Datainnhenting»: the checklist sheet, its notes checked first. */
export function writeChecklistSheet(
  workbook: Workbook,
  checklist: DataRequestChecklist,
  options: CycleSheetOptions,
  ask: CycleSheetAsk,
): Promise<CycleSheetOutcome> {
  const findings = checkFreeText(checklistFreeTextFields(checklist), options.privacy);
  const plan = checklistSheetPlan(checklist, {
    language: options.language,
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  return writeChecked(workbook, plan, findings, ask);
}

/** «Kildelogg»: the evidence log, every role and note checked first. */
export function writeEvidenceSheet(
  workbook: Workbook,
  log: EvidenceLog,
  options: CycleSheetOptions,
  ask: CycleSheetAsk,
): Promise<CycleSheetOutcome> {
  const findings = checkEvidencePrivacy(log.entries, options.privacy);
  const plan = evidenceSheetPlan(log, {
    language: options.language,
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  return writeChecked(workbook, plan, findings, ask);
}

/**
 * «Journalutvalg»: the record sample. Its participant codes come from the caseload list, but a
 * code that is a fødselsnummer still stops the write (codes are not checked for names).
 */
export function writeRecordSampleSheet(
  workbook: Workbook,
  sample: RecordSample,
  options: CycleSheetOptions,
  ask: CycleSheetAsk,
): Promise<CycleSheetOutcome> {
  const plan = recordSampleSheetPlan(sample, {
    language: options.language,
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  const codes = sample.picks.map((pick, index) => ({
    key: `record-sample:${index + 1}:participant`,
    field: {
      nb: `Journalutvalg rad ${index + 1}: deltaker (ID)`,
      en: `Record sample row ${index + 1}: participant (ID)`,
    },
    value: pick.id,
    names: false,
  }));
  return writeChecked(workbook, plan, checkFreeText(codes, options.privacy), ask);
}

// ---- In the pane: the review's preparation card (views/preparation.ts) --------------------------

/** The questions the cycle sheets ask, in the pane's dialog. */
function paneAsk(pane: PaneCommandContext): CycleSheetAsk {
  return {
    overwrite: (conflicts) => pane.confirm(conflicts),
    names: (findings) =>
      pane.ask(
        (t) => {
          const c = cycleStrings(languageOf(t));
          return {
            title: c.namesTitle,
            intro: c.namesIntro,
            lines: findingLines(findings, languageOf(t)),
            confirmLabel: c.writeAnyway,
            cancelLabel: t.cancel,
          };
        },
        (t) => `${cycleStrings(languageOf(t)).namesIntro}\n${findingLines(findings, languageOf(t)).join('\n')}`,
      ),
  };
}

function findingLines(findings: readonly FreeTextFinding[], language: Language): string[] {
  return findings.map((finding) => `${finding.field[language]}: ${finding.value}`);
}

/** Says what a cycle sheet's write came to, and brings a written sheet to the front. */
async function tell(
  pane: PaneCommandContext,
  outcome: CycleSheetOutcome,
  written: (c: CycleStrings, sheet: string) => string,
): Promise<void> {
  if (outcome.status === 'blocked') {
    const findings = outcome.findings;
    pane.notify('error', (t) => {
      const language = languageOf(t);
      return `${cycleStrings(language).blocked(findingLines(findings, language).join('; '))}\n${t.notSaved}`;
    });
    return;
  }
  if (outcome.status === 'notWritten') {
    pane.notify('warning', (t) => t.notSaved);
    return;
  }
  const sheet = outcome.sheet;
  await pane.workbook.activate(sheet);
  pane.notify('success', (t) => written(cycleStrings(languageOf(t)), sheet));
}

/** Runs a preparation command for the open review: busy while it runs, a host error said. */
async function preparing(
  pane: PaneCommandContext,
  operation: 'checklist' | 'recordSample' | 'evidenceLog',
  run: (review: Review) => Promise<void>,
): Promise<void> {
  const state = pane.state();
  if (!state.review || state.busy) return;
  pane.dispatch({ type: 'busy', busy: true, operation });
  try {
    await run(state.review);
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.hostError}: ${message}`);
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}

/** A sheet already there for this review: brought to the front, and said so. */
async function alreadyThere(pane: PaneCommandContext, sheet: string): Promise<void> {
  await pane.workbook.activate(sheet);
  pane.notify('info', (t) => cycleStrings(languageOf(t)).alreadyThere(sheet));
}

/**
 * «Sjekkliste for datainnhenting»: the data request's documents with requested / received dates,
 * for this review. A checklist of this review already there is only brought to the front (the
 * dates typed into it stay); one of another review is overwritten only when the user says so.
 */
export function checklistInPane(pane: PaneCommandContext): Promise<void> {
  return preparing(pane, 'checklist', async (review) => {
    const { language } = pane.state();
    const names = namesOf(CHECKLIST_SHEET, language);
    const values = await readMany(pane.workbook, names);
    const at = values.findIndex((sheet) => !!sheet);
    if (at >= 0 && readsAs(() => readChecklistSheet(values[at]!).reviewId) === review.id)
      return alreadyThere(pane, names[at]!);
    const outcome = await writeChecklistSheet(
      pane.workbook,
      newDataRequestChecklist(review.id),
      { language },
      paneAsk(pane),
    );
    await tell(pane, outcome, (c, sheet) => c.checklistWritten(sheet));
  });
}

/**
 * «Trekk journalutvalg»: the record sample drawn at random from «Porteføljer» (job starts from
 * «Jobber»), dated the review's date, its seed written so the draw can be repeated. The sample
 * already in the workbook is never drawn again unasked: it is brought to the front.
 */
export function recordSampleInPane(pane: PaneCommandContext): Promise<void> {
  return preparing(pane, 'recordSample', async (review) => {
    const { language } = pane.state();
    const samples = namesOf(RECORD_SAMPLE_SHEET, language);
    const caseloads = namesOf(CASELOAD_TABLE.sheet, language);
    const jobs = namesOf(JOBS_TABLE.sheet, language);
    const values = await readMany(pane.workbook, [...samples, ...caseloads, ...jobs]);
    const sampleAt = [0, 1].find((index) => !!values[index]);
    if (sampleAt !== undefined) return alreadyThere(pane, samples[sampleAt]!);
    const caseload = values[2] ?? values[3] ?? null;
    if (!caseload) {
      pane.notify('info', (t) => cycleStrings(languageOf(t)).caseloadMissing(caseloads[0]!));
      return;
    }
    const read = caseloadRecords(caseload, values[4] ?? values[5] ?? null);
    // Closed after the visit: not in the caseload the sample is drawn from.
    const records = read.records.filter((record) => !record.closedDate || record.closedDate <= review.date);
    if (records.length === 0) {
      pane.notify('info', (t) => cycleStrings(languageOf(t)).caseloadEmpty(caseloads[0]!));
      return;
    }
    const sample = pickRecordSample(records, {
      seed: randomSeed(),
      referenceDate: review.date,
      // Who is to be interviewed is not in the caseload: the 10 records the manual requires.
      target: records.some((record) => record.interviewed) ? 'recommended' : 'minimum',
    });
    const outcome = await writeRecordSampleSheet(pane.workbook, sample, { language }, paneAsk(pane));
    const short = sample.shortfalls;
    await tell(pane, outcome, (c, sheet) =>
      [c.recordSampleWritten(sheet, sample.picks.length), ...short.map((text) => text[c.language])].join('\n'),
    );
  });
}

/**
 * «Kildelogg»: the evidence log of this review, one row per observation (item, source, the
 * informant's role — never a name — and a note). An empty log is written with the review's id; a
 * log of this review already there is brought to the front and read into the pane.
 */
export function evidenceLogInPane(pane: PaneCommandContext): Promise<void> {
  return preparing(pane, 'evidenceLog', async (review) => {
    const { language, scale } = pane.state();
    const names = evidenceSheetNames(language);
    const values = await readMany(pane.workbook, names);
    const found = evidenceSnapshot(names, values, scale);
    if (found && found.reviewId === review.id) {
      pane.dispatch({ type: 'evidenceLoaded', evidence: found });
      return alreadyThere(pane, found.sheet);
    }
    const outcome = await writeEvidenceSheet(
      pane.workbook,
      { reviewId: review.id, entries: [] },
      { language },
      paneAsk(pane),
    );
    if (outcome.status === 'written')
      pane.dispatch({ type: 'evidenceLoaded', evidence: { sheet: outcome.sheet, reviewId: review.id, entries: [] } });
    await tell(pane, outcome, (c, sheet) => c.evidenceLogWritten(sheet));
  });
}

/** The value `read` gives, or null when it throws (a sheet that is not what its name says). */
function readsAs<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
