import { SheetError } from './engine/values';
import { cellAddress } from '../core/workbook/plan';
import { h, replaceChildren } from '../ui/dom';
import { chartAnchor, chartData, chartExtent, chartSvg, heatmapColorAt, type CellReader } from './charts';
import { editText, parseAddress, parseTyped, type MemoryChart, type MemoryWorkbook } from './memory-workbook';
import type { Language } from '../core/text';
import { formatValue } from './number-format';

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

const MIN_ROWS = 30;
const MIN_COLUMNS = 8;
const ROW_HEADER = 40;
const WINDOW_CELLS = 4000;
/** Rows drawn above and below the ones in view, and pixels left and right. */
const OVERSCAN_ROWS = 15;
const OVERSCAN_PX = 320;

interface Layout {
  readonly name: string;
  readonly rows: number;
  /** The columns shown (hidden ones left out). */
  readonly visible: readonly number[];
  /** Left edge of each shown column in the table (index into visible), and the table's width last. */
  readonly offsets: readonly number[];
  readonly windowed: boolean;
  readonly frozen: number;
  readonly heatmaps: ReturnType<MemoryWorkbook['chartsOf']>;
  readonly charts: readonly MemoryChart[];
}

interface Window {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

export function mountGrid(root: HTMLElement, workbook: MemoryWorkbook, options: GridOptions = {}): GridHandle {
  let selected = { row: 0, column: 0 };
  let layout: Layout | null = null;
  let drawn: Window | null = null;
  let table: HTMLTableElement | null = null;
  let placed: { box: HTMLElement; anchor: { row: number; column: number } }[] = [];
  /** Measured in windowed mode (one-line rows); these are the first guesses. */
  let rowHeight = 24;
  let headHeight = 24;
  let shownSheet: string | null = null;
  const scrolls = new Map<string, { top: number; left: number }>();
  const windowCells = options.windowCells ?? WINDOW_CELLS;
  root.classList.add('grid');

  const address = h('output', { class: 'grid-address', 'aria-label': 'Cell', dataset: { role: 'grid-address' } });
  const message = h('output', { class: 'grid-message', role: 'alert', dataset: { role: 'grid-message' } });
  const size = h('output', {
    class: 'grid-size',
    title: 'Rows × columns (a large sheet is drawn as you scroll)',
    dataset: { role: 'grid-size' },
  });
  const formula = h('input', {
    class: 'grid-formula',
    type: 'text',
    'aria-label': 'Cell contents (Enter to commit)',
    spellcheck: 'false',
    dataset: { role: 'grid-formula' },
    onKeydown: (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Enter') {
        event.preventDefault();
        commit();
      } else if (key.key === 'Escape') {
        showSelection();
        body.focus();
      }
    },
  });
  const tabs = h('div', { class: 'grid-tabs', role: 'tablist', 'aria-label': 'Sheets' });
  const cellOf = (event: Event): { row: number; column: number } | null => {
    const cell = (event.target as Element | null)?.closest?.('td[data-address]') as HTMLElement | null;
    return cell ? parseAddress(cell.dataset['address']!) : null;
  };
  const body = h('div', {
    class: 'grid-body',
    role: 'region',
    tabindex: 0,
    'aria-label': 'Sheet grid: arrow keys move, Enter edits',
    onClick: (event: Event) => {
      const cell = cellOf(event);
      if (!cell) return;
      selected = cell;
      message.value = '';
      showSelection();
    },
    onDblclick: (event: Event) => {
      const cell = cellOf(event);
      if (!cell) return;
      selected = cell;
      showSelection();
      formula.focus();
      formula.select();
    },
    onScroll: () => {
      const name = sheetName();
      if (name) scrolls.set(name, { top: body.scrollTop, left: body.scrollLeft });
      if (layout?.windowed && !frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          followScroll();
        });
    },
    onKeydown: (event: Event) => {
      const key = (event as KeyboardEvent).key;
      const moves: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      const move = moves[key];
      if (move) {
        event.preventDefault();
        const hidden = new Set(workbook.sheet(sheetName() ?? '')?.hiddenColumns ?? []);
        let column = Math.max(0, selected.column + move[1]);
        while (hidden.has(column) && move[1] !== 0) column = Math.max(0, column + move[1]);
        if (hidden.has(column)) column = selected.column;
        selected = { row: Math.max(0, selected.row + move[0]), column };
        reveal();
      } else if (key === 'Enter' || key === 'F2') {
        event.preventDefault();
        formula.focus();
        formula.select();
      }
    },
  });
  let frame = 0;
  replaceChildren(root, h('div', { class: 'grid-bar' }, address, formula, message, size), body, tabs);

  const sheetName = () => workbook.activeSheet;

  function commit(): void {
    const name = sheetName();
    if (!name) return;
    const value = parseTyped(formula.value);
    const refused = workbook.validate(name, selected.row, selected.column, value);
    message.value = refused ?? '';
    if (refused) return;
    workbook.setCell(name, selected.row, selected.column, value);
  }

  function showSelection(): void {
    const name = sheetName();
    address.value = cellAddress(selected.row, selected.column);
    const raw = name ? workbook.raw(name, selected.row, selected.column) : null;
    formula.value = editText(raw);
    for (const cell of Array.from(body.querySelectorAll('td.grid-selected'))) cell.classList.remove('grid-selected');
    body.querySelector(`td[data-address="${address.value}"]`)?.classList.add('grid-selected');
  }

  /** Scrolls the selected cell into view (drawing its window first when the sheet is windowed). */
  function reveal(): void {
    if (layout?.windowed) {
      const index = layout.visible.indexOf(selected.column);
      const top = headHeight + selected.row * rowHeight;
      if (top < body.scrollTop + headHeight) body.scrollTop = top - headHeight;
      else if (top + rowHeight > body.scrollTop + body.clientHeight)
        body.scrollTop = top + rowHeight - body.clientHeight;
      if (index >= 0) {
        const left = layout.offsets[index]!;
        const right = layout.offsets[index + 1]!;
        if (left < body.scrollLeft + ROW_HEADER) body.scrollLeft = left - ROW_HEADER;
        else if (right > body.scrollLeft + body.clientWidth) body.scrollLeft = right - body.clientWidth;
      }
      followScroll();
    }
    showSelection();
    body.querySelector('td.grid-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function cellWidth(widths: readonly number[] | undefined, column: number): number {
    return Math.max(40, Math.min(widths?.[column] ?? 80, 320));
  }

  function layoutOf(name: string): Layout {
    const sheet = workbook.sheet(name)!;
    const used = workbook.usedSize(name);
    const plans = workbook.chartsOf(name);
    const heatmaps = plans.filter((plan) => plan.kind === 'heatmap-by-conditional-format');
    const charts = sheet.charts.filter((chart) => chart.plan.kind !== 'heatmap-by-conditional-format');
    // Enough rows and columns to hold every chart's anchor and most of its area.
    const reach = charts.map((chart) => {
      const anchor = chartAnchor(chart.plan),
        extent = chartExtent(chart.plan);
      return { rows: anchor.row + extent.rows, columns: anchor.column + 2 };
    });
    const rows = Math.max(MIN_ROWS, used.rows + 5, ...reach.map((r) => r.rows));
    const columns = Math.max(MIN_COLUMNS, used.columns + 2, ...reach.map((r) => r.columns));
    const hidden = new Set(sheet.hiddenColumns ?? []);
    const visible: number[] = [];
    for (let c = 0; c < columns; c++) if (!hidden.has(c)) visible.push(c);
    const offsets = [ROW_HEADER];
    for (const c of visible) offsets.push(offsets[offsets.length - 1]! + cellWidth(sheet.columnWidths, c));
    return {
      name,
      rows,
      visible,
      offsets,
      windowed: rows * visible.length > windowCells,
      frozen: sheet.frozenRows ?? 0,
      heatmaps,
      charts,
    };
  }

  /** The rows (indexes) and shown columns (indexes into layout.visible) in view at a scroll position. */
  function inView(at: Layout, top: number, left: number): Window {
    const height = body.clientHeight || 1000;
    const width = body.clientWidth || 1600;
    const r0 = Math.min(at.rows - 1, Math.max(0, Math.floor((top - headHeight) / rowHeight)));
    const r1 = Math.min(at.rows, Math.max(r0 + 1, Math.ceil((top + height) / rowHeight)));
    const x0 = left + ROW_HEADER;
    const x1 = left + width;
    let c0 = 0;
    while (c0 < at.visible.length - 1 && at.offsets[c0 + 1]! <= x0) c0++;
    let c1 = c0 + 1;
    while (c1 < at.visible.length && at.offsets[c1]! < x1) c1++;
    return { r0, r1, c0, c1 };
  }

  /** What to draw for a scroll position: the rows and columns in view and a margin around them. */
  function windowAt(at: Layout, top: number, left: number): Window {
    const view = inView(at, top - OVERSCAN_ROWS * rowHeight, left - OVERSCAN_PX);
    const end = inView(at, top + OVERSCAN_ROWS * rowHeight, left + OVERSCAN_PX);
    return { r0: view.r0, r1: end.r1, c0: view.c0, c1: end.c1 };
  }

  function cell(at: Layout, r: number, index: number, lastIndex: number): HTMLTableCellElement {
    const name = at.name;
    const c = at.visible[index]!;
    const value = workbook.value(name, r, c);
    const raw = workbook.raw(name, r, c);
    const format = workbook.formatAt(name, r, c);
    const wrap = format.wrap && !at.windowed;
    const styles: string[] = [];
    if (format.bold) styles.push('font-weight:600');
    if (format.italic) styles.push('font-style:italic');
    if (format.fill) styles.push(`background:${format.fill}`);
    if (format.fontColor) styles.push(`color:${format.fontColor}`);
    if (format.fontSize) styles.push(`font-size:${Math.round(format.fontSize * 0.95)}px`);
    if (wrap) styles.push('white-space:normal');
    const heat = at.heatmaps.length > 0 ? heatmapColorAt(at.heatmaps, r, c, value) : null;
    if (heat) styles.push(`background:${heat}`);
    const error = value instanceof SheetError;
    const align =
      format.horizontalAlignment ??
      (typeof value === 'number' || typeof value === 'boolean' ? 'right' : error ? 'center' : 'left');
    styles.push(`text-align:${align}`);
    const shown = formatValue(value, format.numberFormat, options.language);
    const isFormula = typeof raw === 'string' && raw.startsWith('=');
    // Text spills into the empty cells on its right, as in a spreadsheet, up to the next filled one.
    let spillWidth = 0;
    if (typeof value === 'string' && !wrap && align === 'left') {
      const widths = workbook.sheet(name)?.columnWidths;
      for (let i = index + 1; i < lastIndex && workbook.raw(name, r, at.visible[i]!) === null; i++)
        spillWidth += cellWidth(widths, at.visible[i]!);
    }
    const spills = spillWidth > 0;
    const own = cellWidth(workbook.sheet(name)?.columnWidths, c);
    return h(
      'td',
      {
        style: styles.join(';'),
        class: [error ? 'grid-error' : '', spills ? 'grid-spill' : ''].filter(Boolean).join(' ') || undefined,
        title: isFormula ? raw : undefined,
        dataset: { address: cellAddress(r, c), ...(isFormula ? { formula: 'true' } : {}), ...(heat ? { heat } : {}) },
      },
      spills ? h('span', { class: 'grid-text', style: `width:${own + spillWidth - 8}px` }, shown) : shown,
    );
  }

  /** The table of a sheet: every row and column, or (windowed) the window with spacers around it. */
  function tableOf(at: Layout, win: Window): HTMLTableElement {
    const columns = at.visible.slice(win.c0, win.c1);
    const widths = workbook.sheet(at.name)?.columnWidths;
    const leftPad = at.offsets[win.c0]! - ROW_HEADER;
    const total = at.offsets[at.offsets.length - 1]!;
    const rightPad = total - at.offsets[win.c1]!;
    const span = 1 + (leftPad > 0 ? 1 : 0) + columns.length + (rightPad > 0 ? 1 : 0);
    const padRow = (rows: number, edge: string) =>
      rows > 0
        ? h(
            'tr',
            { class: 'grid-pad-row', 'aria-hidden': 'true', dataset: { pad: edge } },
            h('td', { colspan: span, style: `height:${rows * rowHeight}px` }),
          )
        : null;
    const rows: HTMLTableRowElement[] = [];
    for (let r = win.r0; r < win.r1; r++) {
      rows.push(
        h(
          'tr',
          { class: ['grid-row', r === at.frozen - 1 ? 'grid-frozen-edge' : ''].filter(Boolean).join(' ') },
          h('th', { scope: 'row' }, String(r + 1)),
          leftPad > 0 ? h('td', { class: 'grid-pad', 'aria-hidden': 'true' }) : null,
          columns.map((_, i) => cell(at, r, win.c0 + i, win.c1)),
        ),
      );
    }
    return h(
      'table',
      {
        class: ['grid-table', at.windowed ? 'grid-windowed' : ''].filter(Boolean).join(' '),
        style: `width:${total}px`,
        dataset: {
          sheet: at.name,
          rows: String(at.rows),
          columns: String(at.visible.length),
          window: `${win.r0}:${win.r1},${win.c0}:${win.c1}`,
        },
      },
      h(
        'colgroup',
        null,
        h('col', { style: `width:${ROW_HEADER}px` }),
        leftPad > 0 ? h('col', { style: `width:${leftPad}px` }) : null,
        columns.map((c) => h('col', { style: `width:${cellWidth(widths, c)}px` })),
        rightPad > 0 ? h('col', { style: `width:${rightPad}px` }) : null,
      ),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { class: 'grid-corner', 'aria-hidden': 'true' }),
          leftPad > 0 ? h('th', { class: 'grid-pad', 'aria-hidden': 'true' }) : null,
          columns.map((c) => h('th', { scope: 'col' }, cellAddress(0, c).replace(/\d+$/, ''))),
          rightPad > 0 ? h('th', { class: 'grid-pad', 'aria-hidden': 'true' }) : null,
        ),
      ),
      h('tbody', null, padRow(win.r0, 'top'), rows, padRow(at.rows - win.r1, 'bottom')),
    );
  }

  /** Each chart's top-left corner on its anchor cell (or the next shown column). */
  function placeCharts(at: Layout): void {
    if (!table) return;
    const origin = table.getBoundingClientRect();
    for (const { box, anchor } of placed) {
      const index = Math.max(
        0,
        at.visible.findIndex((c) => c >= anchor.column),
      );
      const column = at.visible[index] ?? at.visible[at.visible.length - 1] ?? 0;
      let left: number, top: number;
      if (at.windowed) {
        left = at.offsets[index]!;
        top = headHeight + anchor.row * rowHeight;
      } else {
        const target = table.querySelector(`td[data-address="${cellAddress(anchor.row, column)}"]`);
        const rect = target?.getBoundingClientRect();
        left = rect ? rect.left - origin.left : ROW_HEADER;
        top = rect ? rect.top - origin.top : 22;
      }
      box.style.left = `${Math.round(left)}px`;
      box.style.top = `${Math.round(top)}px`;
    }
  }

  /** Windowed sheets: measures the one-line row and header height once drawn; true when they differ from the guess. */
  function measure(): boolean {
    const row = table?.querySelector('tbody tr.grid-row');
    const head = table?.querySelector('thead tr');
    if (!row || !head) return false;
    const rowNow = row.getBoundingClientRect().height;
    const headNow = head.getBoundingClientRect().height;
    if (rowNow <= 0 || headNow <= 0) return false;
    const changed = Math.abs(rowNow - rowHeight) > 0.5 || Math.abs(headNow - headHeight) > 0.5;
    rowHeight = rowNow;
    headHeight = headNow;
    return changed;
  }

  /** Draws another window when the rows or columns in view are not all drawn. */
  function followScroll(): void {
    const at = layout;
    if (!at?.windowed || !drawn || !table) return;
    const view = inView(at, body.scrollTop, body.scrollLeft);
    if (view.r0 >= drawn.r0 && view.r1 <= drawn.r1 && view.c0 >= drawn.c0 && view.c1 <= drawn.c1) return;
    drawWindow(at, windowAt(at, body.scrollTop, body.scrollLeft));
  }

  function drawWindow(at: Layout, win: Window): void {
    const next = tableOf(at, win);
    table?.replaceWith(next);
    table = next;
    drawn = win;
    showSelection();
  }

  function render(): void {
    const name = sheetName();
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
    if (!name) {
      layout = null;
      table = null;
      replaceChildren(body, h('p', { class: 'grid-empty' }, 'No sheets'));
      return;
    }
    // Each sheet keeps its own scroll position.
    const scroll =
      name === shownSheet ? { top: body.scrollTop, left: body.scrollLeft } : (scrolls.get(name) ?? { top: 0, left: 0 });
    shownSheet = name;
    const at = layoutOf(name);
    layout = at;
    const win = at.windowed
      ? windowAt(at, scroll.top, scroll.left)
      : { r0: 0, r1: at.rows, c0: 0, c1: at.visible.length };
    table = tableOf(at, win);
    drawn = win;
    size.value = at.windowed ? `${at.rows} × ${at.visible.length}` : '';
    const read: CellReader = (sheetOf, row, column) => {
      const value = workbook.value(sheetOf, row, column);
      return value instanceof SheetError ? null : value;
    };
    const layer = h('div', { class: 'grid-charts', dataset: { role: 'grid-charts' } });
    placed = at.charts.map((chart) => {
      const chosen = workbook.selectedChart?.sheet === name && workbook.selectedChart.chartId === chart.plan.id;
      const box = h('figure', {
        class: chosen ? 'grid-chart is-selected' : 'grid-chart',
        dataset: { chartId: chart.plan.id, role: 'grid-chart', ...(chosen ? { selected: 'true' } : {}) },
        'aria-label': chart.plan.title[chart.language],
      });
      box.innerHTML = chartSvg(
        chart.plan,
        chartData(chart.plan, read, chart.language, (sheetOf, row, column) => workbook.text(sheetOf, row, column)),
      );
      layer.appendChild(box);
      return { box, anchor: chartAnchor(chart.plan) };
    });
    replaceChildren(body, h('div', { class: 'grid-sheet' }, table, layer));
    if (at.windowed && measure()) drawWindow(at, windowAt(at, scroll.top, scroll.left));
    placeCharts(at);
    body.scrollTop = scroll.top;
    body.scrollLeft = scroll.left;
    showSelection();
  }

  const unsubscribe = workbook.subscribe((event) => {
    // «Vis diagrammer»: the chart's sheet opens scrolled to the chart.
    if (event.type === 'showChart') scrolls.set(event.sheet, { top: 0, left: 0 });
    if (event.type === 'showChart' && event.sheet === shownSheet) {
      body.scrollTop = 0;
      body.scrollLeft = 0;
    }
    render();
    if (event.type === 'showChart') {
      const box = placed.find((entry) => entry.box.dataset['chartId'] === event.chartId)?.box;
      box?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  });
  render();

  return {
    select(row, column) {
      selected = { row, column };
      showSelection();
    },
    destroy() {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      replaceChildren(root);
    },
  };
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
