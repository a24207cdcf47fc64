import type { Reason } from '../result';
import type { Text } from '../text';
import type { CellArg, CellResult } from '../cells';

/**
 * What a call needs of a parameter. Its help (what to give) is in functions/help, keyed by function
 * and parameter name, which the runtime bundles do not import; documented() joins the two.
 */
export interface ParameterSpec {
  /** The identifier a formula uses, e.g. "no_individual_caseloads"; never shown in the pane. */
  readonly name: string;
  /**
   * A display name of its own in Norwegian and English, when a function gives the parameter one.
   * Otherwise the pane names it with parameterLabel (functions/parameter-labels.ts, e.g. «Ingen
   * egne porteføljer»), which only the pane loads: the table does not copy the names into the specs.
   */
  readonly label?: Text;
  /** Excel metadata type; we mostly use "any" so we see blanks and text as they are and give precise errors. */
  readonly type: 'number' | 'string' | 'boolean' | 'any';
  readonly dimensionality: 'scalar' | 'matrix';
  readonly optional?: boolean;
  /**
   * 'records': a range of one row per specialist, job, contact or item, read row by row together
   * with the function's other record ranges; a row blank in all of them is skipped. Absent for
   * single cells and for fixed lists whose cells each have a place (TOTAL's 25 scores, caps).
   */
  readonly rows?: 'records';
}

/**
 * One spreadsheet function, host-agnostic. Excel exposes it as IPS.NAME, Sheets as IPS_NAME. Its
 * help is in functions/help (functionHelp, documented), out of the runtime bundles.
 */
export interface FunctionSpec {
  /** Upper-case name with underscores, e.g. "JOB_DIVERSITY". */
  readonly name: string;
  /** The item this function scores, when it scores one. */
  readonly itemId?: string;
  readonly parameters: readonly ParameterSpec[];
  readonly result: {
    readonly type: 'number' | 'string' | 'boolean' | 'any';
    readonly dimensionality: 'scalar' | 'matrix';
    /**
     * 'date': the number returned is a date as an Excel serial day number. Excel shows it as it is
     * (the cell's format makes it a date); the Sheets host turns it into a Date.
     */
    readonly kind?: 'date';
  };
  /**
   * Spreadsheet-shaped arguments in parameter order (null/undefined for omitted optional ones).
   * Returns a cell value or a 2-D array to spill; throws IpsError for bad input.
   */
  readonly invoke: (...args: CellArg[]) => CellResult;
  /**
   * Item functions: `invoke` with notes from the host added at the end of the `reason` output
   * (score and metric are unchanged), e.g. that the Excel host left out empty rows.
   */
  readonly invokeWithNotes?: (notes: readonly Reason[], ...args: CellArg[]) => CellResult;
}
