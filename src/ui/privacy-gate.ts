import { exemptionKey, type FreeTextFinding } from '../core/inputs/free-text';
import type { Review } from '../core/review/model';
import { checkReviewText, type WriteTarget } from '../core/review/privacy';
import type { Language } from '../core/text';
import type { DialogContent } from './dialog';
import { privacyStrings } from './strings';
import type { Action, AppState, Notice } from './state';
import { strings, type Strings } from './strings';

/**
 * The privacy check every pane command runs before it writes free text (score sheet, report and
 * action plan, history): a fødselsnummer stops the write — the user sees the field and the value,
 * and may mark a false alarm (a bank account number) as not personal data, recorded in the
 * review — and a possible name is asked about. Pure apart from the dialog: no host calls.
 */

export interface PrivacyGateDeps {
  state(): AppState;
  dispatch(action: Action): void;
  notify(kind: Notice['kind'], text: (s: Strings) => string): void;
  /** Asks a yes/no question: the dialog, and the same as plain text (hosts' own confirm). */
  ask(content: DialogContent, message: string): Promise<boolean>;
}

export interface PrivacyGate {
  /**
   * Resolves to the review to write — with any values just marked as not personal data — or
   * null when nothing may be written (a notice then names the field and the value).
   */
  check(review: Review, target: WriteTarget): Promise<Review | null>;
}

/** Findings listed in a dialog before "… and N more". */
export const FINDINGS_LISTED = 8;

const languageOf = (s: Strings): Language => (s === strings('en') ? 'en' : 'nb');

function lines(findings: readonly FreeTextFinding[], language: Language): string[] {
  const t = privacyStrings(language);
  return findings.map((finding) => t.line(finding.field[language], finding.value));
}

function dialog(
  findings: readonly FreeTextFinding[],
  language: Language,
  kind: 'block' | 'ask',
): { content: DialogContent; message: string } {
  const t = privacyStrings(language);
  const listed = lines(findings.slice(0, FINDINGS_LISTED), language);
  const more = findings.length > FINDINGS_LISTED ? t.more(findings.length - FINDINGS_LISTED) : undefined;
  const content: DialogContent =
    kind === 'block'
      ? {
          title: t.blockTitle,
          intro: t.blockIntro(findings.length),
          lines: listed,
          more,
          question: t.blockQuestion,
          confirmLabel: t.blockConfirm,
          cancelLabel: t.blockCancel,
        }
      : {
          title: t.askTitle,
          intro: t.askIntro,
          lines: listed,
          more,
          question: t.askQuestion,
          confirmLabel: t.askConfirm,
          cancelLabel: t.askCancel,
        };
  const message = [content.title, content.intro, ...listed.map((line) => `• ${line}`), more, content.question]
    .filter(Boolean)
    .join('\n');
  return { content, message };
}

/** A gate for one mounted pane; names the user chose to write anyway are not asked about again in it. */
export function createPrivacyGate(deps: PrivacyGateDeps): PrivacyGate {
  const writtenAnyway = new Set<string>();
  const id = (finding: FreeTextFinding) => `${finding.key}\u0000${exemptionKey(finding.value)}`;

  async function check(review: Review, target: WriteTarget): Promise<Review | null> {
    const { language, scale, today } = deps.state();
    const findings = checkReviewText(review, target, scale).filter((finding) => !writtenAnyway.has(id(finding)));
    const blocks = findings.filter((finding) => finding.severity === 'block');
    let checked = review;
    if (blocks.length > 0) {
      const question = dialog(blocks, language, 'block');
      if (!(await deps.ask(question.content, question.message))) {
        deps.notify(
          'error',
          (s) => `${privacyStrings(languageOf(s)).blocked(lines(blocks, languageOf(s)).join('; '))}\n${s.notSaved}`,
        );
        return null;
      }
      const marks = blocks.map((finding) => ({ field: finding.key, value: finding.value }));
      deps.dispatch({ type: 'markNotPersonalData', marks, date: today });
      checked = deps.state().review ?? review;
    }
    const asks = findings.filter((finding) => finding.severity === 'ask');
    if (asks.length > 0) {
      const question = dialog(asks, language, 'ask');
      if (!(await deps.ask(question.content, question.message))) {
        deps.notify(
          'warning',
          (s) => `${privacyStrings(languageOf(s)).asked(lines(asks, languageOf(s)).join('; '))}\n${s.notSaved}`,
        );
        return null;
      }
      for (const finding of asks) writtenAnyway.add(id(finding));
    }
    return checked;
  }

  return { check };
}
