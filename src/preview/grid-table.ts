/** The preview grid's table: cells with their formats, heat map colours and spilled text, in a window of the sheet. */
import { cellAddress } from '../core/workbook/plan';
import { h } from '../ui/dom';
import { heatmapColorAt } from './charts';
import { SheetError } from './engine/values';
import { ROW_HEADER, cellWidth, type Layout, type Window } from './grid-layout';
import type { Language } from '../core/text';
import type { MemoryWorkbook } from './memory-workbook';
import { formatValue } from './number-format';

/** The inline style of a cell from its plan format and heat map colour. */
function cellStyles(format: ReturnType<MemoryWorkbook['formatAt']>, wrap: boolean, heat: string | null): string[] {
  const styles: string[] = [];
  if (format.bold) styles.push('font-weight:600');
  if (format.italic) styles.push('font-style:italic');
  if (format.fill) styles.push(`background:${format.fill}`);
  if (format.fontColor) styles.push(`color:${format.fontColor}`);
  if (format.fontSize) styles.push(`font-size:${Math.round(format.fontSize * 0.95)}px`);
  if (wrap) styles.push('white-space:normal');
  if (heat) styles.push(`background:${heat}`);
  return styles;
}

/** Text spills into the empty cells on its right, as in a spreadsheet, up to the next filled one: the extra width. */
function spillWidth(workbook: MemoryWorkbook, at: Layout, r: number, index: number, lastIndex: number): number {
  const widths = workbook.sheet(at.name)?.columnWidths;
  let width = 0;
  for (let i = index + 1; i < lastIndex && workbook.raw(at.name, r, at.visible[i]!) === null; i++)
    width += cellWidth(widths, at.visible[i]!);
  return width;
}

function cellElement(
  workbook: MemoryWorkbook,
  at: Layout,
  r: number,
  index: number,
  lastIndex: number,
  language: Language | undefined,
): HTMLTableCellElement {
  const name = at.name;
  const c = at.visible[index]!;
  const value = workbook.value(name, r, c);
  const raw = workbook.raw(name, r, c);
  const format = workbook.formatAt(name, r, c);
  const wrap = Boolean(format.wrap) && !at.windowed;
  const heat = at.heatmaps.length > 0 ? heatmapColorAt(at.heatmaps, r, c, value) : null;
  const styles = cellStyles(format, wrap, heat);
  const error = value instanceof SheetError;
  // General alignment as Excel's: numbers right, TRUE/FALSE and errors centred, text left.
  const align =
    format.horizontalAlignment ??
    (typeof value === 'number' ? 'right' : error || typeof value === 'boolean' ? 'center' : 'left');
  styles.push(`text-align:${align}`);
  const shown = formatValue(value, format.numberFormat, language);
  const isFormula = typeof raw === 'string' && raw.startsWith('=');
  const spill =
    typeof value === 'string' && !wrap && align === 'left' ? spillWidth(workbook, at, r, index, lastIndex) : 0;
  const spills = spill > 0;
  const own = cellWidth(workbook.sheet(name)?.columnWidths, c);
  return h(
    'td',
    {
      style: styles.join(';'),
      class: [error ? 'grid-error' : '', spills ? 'grid-spill' : ''].filter(Boolean).join(' ') || undefined,
      title: isFormula ? raw : undefined,
      dataset: { address: cellAddress(r, c), ...(isFormula ? { formula: 'true' } : {}), ...(heat ? { heat } : {}) },
    },
    spills ? h('span', { class: 'grid-text', style: `width:${own + spill - 8}px` }, shown) : shown,
  );
}

/** The column widths and letters of the window, with spacer columns for the columns left and right of it. */
function tableHead(
  widths: readonly number[] | undefined,
  columns: readonly number[],
  leftPad: number,
  rightPad: number,
) {
  return [
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
  ];
}

/** The table of a sheet: every row and column, or (windowed) the window with spacers around it. */
export function tableOf(
  workbook: MemoryWorkbook,
  at: Layout,
  win: Window,
  rowHeight: number,
  language?: Language,
): HTMLTableElement {
  const columns = at.visible.slice(win.c0, win.c1);
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
        columns.map((_, i) => cellElement(workbook, at, r, win.c0 + i, win.c1, language)),
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
    ...tableHead(workbook.sheet(at.name)?.columnWidths, columns, leftPad, rightPad),
    h('tbody', null, padRow(win.r0, 'top'), rows, padRow(at.rows - win.r1, 'bottom')),
  );
}
