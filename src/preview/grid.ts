import { cellAddress } from '../core/workbook/plan';
import { h, replaceChildren } from '../ui/dom';
import { chartLayer, placeCharts, type PlacedChart } from './grid-charts';
import {
  ROW_HEADER,
  inView,
  layoutOf,
  wholeWindow,
  windowAt,
  type Layout,
  type Metrics,
  type Window,
} from './grid-layout';
import { tableOf } from './grid-table';
import type { Language } from '../core/text';
import { editText, parseAddress, parseTyped, type MemoryWorkbook, type WorkbookEvent } from './memory-workbook';

/**
 * A plain spreadsheet-like view of the in-memory workbook: sheet tabs, column letters and row
 * numbers, computed values shown with the plan's number formats (dates as yyyy-mm-dd, not
 * serials), and a formula bar to edit a cell (so a newcomer can change the sheet and see the
 * pane ask before overwriting it). Charts written to the sheet float over the grid at their
 * anchor cell, drawn as SVG; heat maps colour their cells. An edit that breaks the cell's
 * validation is refused with the rule's message, as Excel does.
 *
 * A large sheet (a chart-data sheet of 500 reviews, a table of 50 000 rows) is drawn a window at
 * a time: only the rows and columns in view (and a margin) are in the DOM, with spacers for the
 * rest, and scrolling draws the next window (virtual scrolling). Rows are one line high there.
 */
export interface GridHandle {
  select(row: number, column: number): void;
  destroy(): void;
}

export interface GridOptions {
  /** Above this many cells (rows × columns shown) the sheet is drawn a window at a time. */
  readonly windowCells?: number;
  /** The workbook's locale, for numbers: 3,50 (nb) or 3.50 (en, the default). */
  readonly language?: Language;
}

const WINDOW_CELLS = 4000;

/** The grid's elements and what it shows: the selected cell, the sheet's layout, the window drawn, the charts. */
interface GridState {
  readonly workbook: MemoryWorkbook;
  readonly windowCells: number;
  readonly language: Language | undefined;
  readonly body: HTMLElement;
  readonly tabs: HTMLElement;
  readonly address: HTMLOutputElement;
  readonly message: HTMLOutputElement;
  readonly size: HTMLOutputElement;
  readonly formula: HTMLInputElement;
  selected: { row: number; column: number };
  layout: Layout | null;
  drawn: Window | null;
  table: HTMLTableElement | null;
  placed: PlacedChart[];
  /** Measured in windowed mode (one-line rows); these are the first guesses. */
  rowHeight: number;
  headHeight: number;
  shownSheet: string | null;
  /** Each sheet keeps its own scroll position. */
  readonly scrolls: Map<string, { top: number; left: number }>;
  /** A pending animation frame that follows the scroll (0 = none). */
  frame: number;
}

export function mountGrid(root: HTMLElement, workbook: MemoryWorkbook, options: GridOptions = {}): GridHandle {
  root.classList.add('grid');
  const grid: GridState = {
    workbook,
    windowCells: options.windowCells ?? WINDOW_CELLS,
    language: options.language,
    body: h('div', {
      class: 'grid-body',
      role: 'region',
      tabindex: 0,
      'aria-label': 'Sheet grid: arrow keys move, Enter edits',
    }),
    tabs: h('div', { class: 'grid-tabs', role: 'tablist', 'aria-label': 'Sheets' }),
    address: h('output', { class: 'grid-address', 'aria-label': 'Cell', dataset: { role: 'grid-address' } }),
    message: h('output', { class: 'grid-message', role: 'alert', dataset: { role: 'grid-message' } }),
    size: h('output', {
      class: 'grid-size',
      title: 'Rows × columns (a large sheet is drawn as you scroll)',
      dataset: { role: 'grid-size' },
    }),
    formula: h('input', {
      class: 'grid-formula',
      type: 'text',
      'aria-label': 'Cell contents (Enter to commit)',
      spellcheck: 'false',
      dataset: { role: 'grid-formula' },
    }),
    selected: { row: 0, column: 0 },
    layout: null,
    drawn: null,
    table: null,
    placed: [],
    rowHeight: 24,
    headHeight: 24,
    shownSheet: null,
    scrolls: new Map(),
    frame: 0,
  };
  listen(grid);
  const bar = h('div', { class: 'grid-bar' }, grid.address, grid.formula, grid.message, grid.size);
  replaceChildren(root, bar, grid.body, grid.tabs);
  const unsubscribe = workbook.subscribe((event) => onWorkbookEvent(grid, event));
  render(grid);

  return {
    select(row, column) {
      grid.selected = { row, column };
      showSelection(grid);
    },
    destroy() {
      unsubscribe();
      if (grid.frame) cancelAnimationFrame(grid.frame);
      replaceChildren(root);
    },
  };
}

// ---- selection and editing -------------------------------------------------------------------------

function listen(grid: GridState): void {
  const { body, formula } = grid;
  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(grid);
    } else if (event.key === 'Escape') {
      showSelection(grid);
      body.focus();
    }
  });
  body.addEventListener('click', (event) => {
    const cell = cellOf(event);
    if (!cell) return;
    grid.selected = cell;
    grid.message.value = '';
    showSelection(grid);
  });
  body.addEventListener('dblclick', (event) => {
    const cell = cellOf(event);
    if (!cell) return;
    grid.selected = cell;
    showSelection(grid);
    editSelected(grid);
  });
  body.addEventListener('scroll', () => onScroll(grid));
  body.addEventListener('keydown', (event) => onGridKey(grid, event));
}

function cellOf(event: Event): { row: number; column: number } | null {
  const cell = (event.target as Element | null)?.closest?.('td[data-address]') as HTMLElement | null;
  return cell ? parseAddress(cell.dataset['address']!) : null;
}

function editSelected({ formula }: GridState): void {
  formula.focus();
  formula.select();
}

const MOVES: Readonly<Record<string, [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The cell an arrow key moves to: never above or left of A1, hidden columns skipped (or not moved into). */
export function nextCell(
  from: { row: number; column: number },
  move: readonly [number, number],
  hidden: ReadonlySet<number>,
): { row: number; column: number } {
  // Stepping left past a hidden column A would otherwise clamp at 0 for ever.
  let column = from.column + move[1];
  while (column >= 0 && hidden.has(column) && move[1] !== 0) column += move[1];
  if (column < 0 || hidden.has(column)) column = from.column;
  return { row: Math.max(0, from.row + move[0]), column };
}

function onGridKey(grid: GridState, event: KeyboardEvent): void {
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    const hidden = new Set(grid.workbook.sheet(grid.workbook.activeSheet ?? '')?.hiddenColumns ?? []);
    grid.selected = nextCell(grid.selected, move, hidden);
    reveal(grid);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    editSelected(grid);
  }
}

/** Writes the formula bar into the selected cell, unless the cell's validation refuses it (its message shown). */
function commit({ workbook, formula, message, selected }: GridState): void {
  const name = workbook.activeSheet;
  if (!name) return;
  const value = parseTyped(formula.value);
  const refused = workbook.validate(name, selected.row, selected.column, value);
  message.value = refused ?? '';
  if (refused) return;
  workbook.setCell(name, selected.row, selected.column, value);
}

function showSelection({ workbook, address, formula, body, selected }: GridState): void {
  const name = workbook.activeSheet;
  address.value = cellAddress(selected.row, selected.column);
  const raw = name ? workbook.raw(name, selected.row, selected.column) : null;
  formula.value = editText(raw);
  for (const cell of Array.from(body.querySelectorAll('td.grid-selected'))) cell.classList.remove('grid-selected');
  body.querySelector(`td[data-address="${address.value}"]`)?.classList.add('grid-selected');
}

/** Scrolls the selected cell into view (drawing its window first when the sheet is windowed). */
function reveal(grid: GridState): void {
  const { layout, body, selected, rowHeight, headHeight } = grid;
  if (layout?.windowed) {
    const index = layout.visible.indexOf(selected.column);
    const top = headHeight + selected.row * rowHeight;
    if (top < body.scrollTop + headHeight) body.scrollTop = top - headHeight;
    else if (top + rowHeight > body.scrollTop + body.clientHeight) body.scrollTop = top + rowHeight - body.clientHeight;
    if (index >= 0) {
      const left = layout.offsets[index]!;
      const right = layout.offsets[index + 1]!;
      if (left < body.scrollLeft + ROW_HEADER) body.scrollLeft = left - ROW_HEADER;
      else if (right > body.scrollLeft + body.clientWidth) body.scrollLeft = right - body.clientWidth;
    }
    followScroll(grid);
  }
  showSelection(grid);
  body.querySelector('td.grid-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

// ---- scrolling a windowed sheet ----------------------------------------------------------------------

function metrics({ rowHeight, headHeight, body }: GridState): Metrics {
  return { rowHeight, headHeight, clientHeight: body.clientHeight, clientWidth: body.clientWidth };
}

function onScroll(grid: GridState): void {
  const name = grid.workbook.activeSheet;
  if (name) grid.scrolls.set(name, { top: grid.body.scrollTop, left: grid.body.scrollLeft });
  if (grid.layout?.windowed && !grid.frame)
    grid.frame = requestAnimationFrame(() => {
      grid.frame = 0;
      followScroll(grid);
    });
}

/** Windowed sheets: measures the one-line row and header height once drawn; true when they differ from the guess. */
function measure(grid: GridState): boolean {
  const row = grid.table?.querySelector('tbody tr.grid-row');
  const head = grid.table?.querySelector('thead tr');
  if (!row || !head) return false;
  const rowNow = row.getBoundingClientRect().height;
  const headNow = head.getBoundingClientRect().height;
  if (rowNow <= 0 || headNow <= 0) return false;
  const changed = Math.abs(rowNow - grid.rowHeight) > 0.5 || Math.abs(headNow - grid.headHeight) > 0.5;
  grid.rowHeight = rowNow;
  grid.headHeight = headNow;
  return changed;
}

/** Draws another window when the rows or columns in view are not all drawn. */
function followScroll(grid: GridState): void {
  const { layout: at, drawn, body } = grid;
  if (!at?.windowed || !drawn || !grid.table) return;
  const view = inView(at, metrics(grid), body.scrollTop, body.scrollLeft);
  if (view.r0 >= drawn.r0 && view.r1 <= drawn.r1 && view.c0 >= drawn.c0 && view.c1 <= drawn.c1) return;
  drawWindow(grid, at, windowAt(at, metrics(grid), body.scrollTop, body.scrollLeft));
}

function drawWindow(grid: GridState, at: Layout, win: Window): void {
  const next = tableOf(grid.workbook, at, win, grid.rowHeight, grid.language);
  grid.table?.replaceWith(next);
  grid.table = next;
  grid.drawn = win;
  showSelection(grid);
}

// ---- rendering -----------------------------------------------------------------------------------------

function renderTabs({ workbook, tabs }: GridState, name: string | null): void {
  replaceChildren(
    tabs,
    workbook.sheetNames.map((sheet) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'grid-tab',
          'aria-selected': String(sheet === name),
          dataset: { sheet },
          onClick: () => workbook.show(sheet),
        },
        sheet,
      ),
    ),
  );
}

/** Draws the active sheet (its window, when large) with its charts, at the sheet's own scroll position. */
function render(grid: GridState): void {
  const { workbook, body } = grid;
  const name = workbook.activeSheet;
  renderTabs(grid, name);
  if (!name) {
    grid.layout = null;
    grid.table = null;
    replaceChildren(body, h('p', { class: 'grid-empty' }, 'No sheets'));
    return;
  }
  const scroll =
    name === grid.shownSheet
      ? { top: body.scrollTop, left: body.scrollLeft }
      : (grid.scrolls.get(name) ?? { top: 0, left: 0 });
  grid.shownSheet = name;
  const at = layoutOf(workbook, name, grid.windowCells);
  grid.layout = at;
  const win = at.windowed ? windowAt(at, metrics(grid), scroll.top, scroll.left) : wholeWindow(at);
  const table = tableOf(workbook, at, win, grid.rowHeight, grid.language);
  grid.table = table;
  grid.drawn = win;
  grid.size.value = at.windowed ? `${at.rows} × ${at.visible.length}` : '';
  const { layer, placed } = chartLayer(workbook, at);
  grid.placed = placed;
  replaceChildren(body, h('div', { class: 'grid-sheet' }, table, layer));
  if (at.windowed && measure(grid)) drawWindow(grid, at, windowAt(at, metrics(grid), scroll.top, scroll.left));
  if (grid.table) placeCharts(grid.table, at, placed, grid);
  body.scrollTop = scroll.top;
  body.scrollLeft = scroll.left;
  showSelection(grid);
}

/** Every change redraws; «Vis diagrammer» opens the chart's sheet scrolled to the chart. */
function onWorkbookEvent(grid: GridState, event: WorkbookEvent): void {
  if (event.type === 'showChart') grid.scrolls.set(event.sheet, { top: 0, left: 0 });
  if (event.type === 'showChart' && event.sheet === grid.shownSheet) {
    grid.body.scrollTop = 0;
    grid.body.scrollLeft = 0;
  }
  render(grid);
  if (event.type === 'showChart') {
    const box = grid.placed.find((entry) => entry.box.dataset['chartId'] === event.chartId)?.box;
    box?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }
}

export const GRID_STYLES = `
.grid{display:flex;flex-direction:column;min-width:0;min-height:0;height:100%;font:13px/18px "Segoe UI",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",Arial,sans-serif;color:#242424;background:#fff}
.grid-bar{display:flex;gap:8px;align-items:center;padding:6px 8px;border-bottom:1px solid #E0E0E0;background:#FAFAFA}
.grid-address{min-width:56px;font-weight:600;text-align:center;border:1px solid #D1D1D1;border-radius:4px;padding:3px 6px;background:#fff}
.grid-formula{flex:1;min-width:0;font:inherit;border:1px solid #D1D1D1;border-radius:4px;padding:4px 8px;height:28px}
.grid-formula:focus{outline:2px solid #0F6CBD;outline-offset:-1px}
.grid-body{flex:1;overflow:auto;min-height:0}
.grid-body:focus-visible{outline:2px solid #0F6CBD;outline-offset:-2px}
.grid-table{border-collapse:separate;border-spacing:0;table-layout:fixed}
.grid-table th{position:sticky;background:#F3F2F1;color:#616161;font-weight:400;border-right:1px solid #E0E0E0;border-bottom:1px solid #E0E0E0;padding:0 4px;font-size:12px;text-align:center;z-index:1}
.grid-table thead th{top:0;z-index:2}
.grid-table tbody th{left:0}
.grid-table .grid-corner{left:0;z-index:3}
.grid-table td{border-right:1px solid #EDEBE9;border-bottom:1px solid #EDEBE9;padding:1px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:0;height:21px;cursor:cell;vertical-align:top}
.grid-table td.grid-spill{overflow:visible;text-overflow:clip;position:relative}
.grid-table td.grid-spill .grid-text{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;position:relative;z-index:1}
.grid-table td.grid-selected{outline:2px solid #0F6CBD;outline-offset:-2px}
.grid-table td.grid-error{color:#B10E1C}
.grid-table .grid-pad,.grid-table .grid-pad-row td{padding:0;border:0;background:transparent}
.grid-windowed td{white-space:nowrap}
.grid-table tr.grid-frozen-edge td{border-bottom:2px solid #C8C6C4}
.grid-tabs{display:flex;gap:2px;padding:0 8px;border-top:1px solid #E0E0E0;background:#FAFAFA;overflow-x:auto;flex:0 0 auto}
.grid-tab{font:inherit;border:0;border-bottom:3px solid transparent;background:transparent;padding:6px 12px;cursor:pointer;white-space:nowrap;color:#424242}
.grid-tab[aria-selected="true"]{border-bottom-color:#0F6CBD;color:#0F6CBD;font-weight:600;background:#fff}
.grid-tab:focus-visible{outline:2px solid #242424;outline-offset:-2px}
.grid-empty{padding:16px;color:#616161}
.grid-message{color:#B10E1C;font-size:12px;max-width:40%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.grid-message:empty{display:none}
.grid-size{color:#616161;font-size:12px;white-space:nowrap}
.grid-size:empty{display:none}
.grid-sheet{position:relative;width:max-content}
.grid-charts{position:absolute;inset:0;pointer-events:none}
.grid-chart{position:absolute;margin:0;pointer-events:auto;box-shadow:0 1px 4px rgba(0,0,0,.18);background:#fff;line-height:0}
.grid-chart.is-selected{outline:2px solid #0F6CBD;outline-offset:1px}
.grid-chart svg{display:block;font-family:inherit}
`;
