/**
 * Pane commands that write the review cycle's sheets (issue 12): the data-request checklist, the
 * record sample and the evidence log. Free text (checklist notes; evidence roles and notes) goes
 * through the privacy check first: a fødselsnummer stops the write, a possible name is asked
 * about; then the sheet is written without overwriting a user's cells unasked (writeWithConsent).
 */
import { checklistFreeTextFields, type DataRequestChecklist } from '../../core/cycle/checklist';
import { checklistSheetPlan } from '../../core/cycle/checklist-sheet';
import { checkEvidencePrivacy } from '../../core/cycle/evidence';
import { evidenceSheetPlan, type EvidenceLog } from '../../core/cycle/evidence-sheet';
import type { RecordSample } from '../../core/cycle/record-sample';
import { recordSampleSheetPlan } from '../../core/cycle/record-sample-sheet';
import { checkFreeText, type FreeTextFinding, type FreeTextOptions } from '../../core/inputs/free-text';
import type { Language } from '../../core/text';
import type { Conflict, SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';

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
