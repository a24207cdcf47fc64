import { cellAddress } from '../core/sheets/plan';
import { h, replaceChildren } from '../ui/dom';
import { chartAnchor, chartData, chartExtent, chartSvg, heatmapColorAt, type CellReader } from './charts';
import { isError } from './formula';
import { parseTyped, type MemoryWorkbook } from './memory-workbook';

/**
 * A plain spreadsheet-like view of the in-memory workbook: sheet tabs, column letters and row
 * numbers, computed values with the plan's formats, and a formula bar to edit a cell (so a
 * newcomer can change the sheet and see the pane ask before overwriting it). Charts written to
 * the sheet float over the grid at their anchor cell, drawn as SVG; heat maps colour their cells.
 * An edit that breaks the cell's validation is refused with the rule's message, as Excel does.
 */
export interface GridHandle {
  select(row: number, column: number): void;
  destroy(): void;
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 8;

export function mountGrid(root: HTMLElement, workbook: MemoryWorkbook): GridHandle {
  let selected = { row: 0, column: 0 };
  root.classList.add('grid');

  const address = h('output', { class: 'grid-address', 'aria-label': 'Cell', dataset: { role: 'grid-address' } });
  const message = h('output', { class: 'grid-message', role: 'alert', dataset: { role: 'grid-message' } });
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
  const body = h('div', {
    class: 'grid-body',
    tabindex: 0,
    'aria-label': 'Sheet grid: arrow keys move, Enter edits',
    onKeydown: (event: Event) => {
      const key = (event as KeyboardEvent).key;
      const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const move = moves[key];
      if (move) {
        event.preventDefault();
        const hidden = new Set(workbook.sheet(sheetName() ?? '')?.hiddenColumns ?? []);
        let column = Math.max(0, selected.column + move[1]);
        while (hidden.has(column) && move[1] !== 0) column = Math.max(0, column + move[1]);
        if (hidden.has(column)) column = selected.column;
        selected = { row: Math.max(0, selected.row + move[0]), column };
        showSelection();
        body.querySelector('td.grid-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else if (key === 'Enter' || key === 'F2') {
        event.preventDefault();
        formula.focus();
        formula.select();
      }
    },
  });
  replaceChildren(root, h('div', { class: 'grid-bar' }, address, formula, message), body, tabs);

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
    formula.value = raw === null ? '' : typeof raw === 'boolean' ? (raw ? 'TRUE' : 'FALSE') : String(raw);
    for (const cell of Array.from(body.querySelectorAll('td.grid-selected'))) cell.classList.remove('grid-selected');
    body.querySelector(`td[data-address="${address.value}"]`)?.classList.add('grid-selected');
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
      replaceChildren(body, h('p', { class: 'grid-empty' }, 'No sheets'));
      return;
    }
    const sheet = workbook.sheet(name)!;
    const used = workbook.usedSize(name);
    const plans = workbook.chartsOf(name);
    const heatmaps = plans.filter((plan) => plan.kind === 'heatmap-by-conditional-format');
    const charts = sheet.charts.filter((chart) => chart.plan.kind !== 'heatmap-by-conditional-format');
    // Enough rows and columns to hold every chart's anchor and most of its area.
    const reach = charts.map((chart) => {
      const anchor = chartAnchor(chart.plan), extent = chartExtent(chart.plan);
      return { rows: anchor.row + extent.rows, columns: anchor.column + 2 };
    });
    const rows = Math.max(MIN_ROWS, used.rows + 5, ...reach.map((r) => r.rows));
    const columns = Math.max(MIN_COLUMNS, used.columns + 2, ...reach.map((r) => r.columns));
    const hidden = new Set(sheet.hiddenColumns ?? []);
    const visible = Array.from({ length: columns }, (_, c) => c).filter((c) => !hidden.has(c));
    const width = (c: number) => Math.max(40, Math.min(sheet.columnWidths?.[c] ?? 80, 320));
    const frozen = sheet.frozenRows ?? 0;

    const table = h(
      'table',
      { class: 'grid-table', style: `width:${40 + visible.reduce((sum, c) => sum + width(c), 0)}px`, dataset: { sheet: name } },
      h('colgroup', null, h('col', { style: 'width:40px' }), visible.map((c) => h('col', { style: `width:${width(c)}px` }))),
      h(
        'thead',
        null,
        h('tr', null, h('th', { class: 'grid-corner' }), visible.map((c) => h('th', { scope: 'col' }, cellAddress(0, c).replace(/\d+$/, '')))),
      ),
      h(
        'tbody',
        null,
        Array.from({ length: rows }, (_, r) =>
          h(
            'tr',
            { class: r === frozen - 1 ? 'grid-frozen-edge' : undefined },
            h('th', { scope: 'row' }, String(r + 1)),
            visible.map((c) => {
              const value = workbook.value(name, r, c);
              const raw = workbook.raw(name, r, c);
              const format = workbook.formatAt(name, r, c);
              const styles: string[] = [];
              if (format.bold) styles.push('font-weight:600');
              if (format.italic) styles.push('font-style:italic');
              if (format.fill) styles.push(`background:${format.fill}`);
              if (format.fontColor) styles.push(`color:${format.fontColor}`);
              if (format.fontSize) styles.push(`font-size:${Math.round(format.fontSize * 0.95)}px`);
              if (format.wrap) styles.push('white-space:normal');
              const heat = heatmaps.length > 0 ? heatmapColorAt(heatmaps, r, c, value) : null;
              if (heat) styles.push(`background:${heat}`);
              const align = format.horizontalAlignment ?? (typeof value === 'number' || typeof value === 'boolean' ? 'right' : isError(value) ? 'center' : 'left');
              styles.push(`text-align:${align}`);
              const shown = value === null ? '' : isError(value) ? value.code : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : typeof value === 'number' ? formatNumber(value) : value;
              const address = cellAddress(r, c);
              // Text spills into the empty cells on its right, as in a spreadsheet, up to the next filled one.
              let spillWidth = 0;
              if (typeof value === 'string' && !format.wrap && align === 'left') {
                for (let i = visible.indexOf(c) + 1; i < visible.length && workbook.raw(name, r, visible[i]!) === null; i++) spillWidth += width(visible[i]!);
              }
              const spills = spillWidth > 0;
              return h(
                'td',
                {
                  style: styles.join(';'),
                  class: [isError(value) ? 'grid-error' : '', spills ? 'grid-spill' : ''].filter(Boolean).join(' ') || undefined,
                  title: typeof raw === 'string' && raw.startsWith('=') ? raw : undefined,
                  dataset: { address, ...(typeof raw === 'string' && raw.startsWith('=') ? { formula: 'true' } : {}), ...(heat ? { heat } : {}) },
                  onClick: () => {
                    selected = { row: r, column: c };
                    message.value = '';
                    showSelection();
                  },
                  onDblclick: () => {
                    selected = { row: r, column: c };
                    showSelection();
                    formula.focus();
                    formula.select();
                  },
                },
                spills ? h('span', { class: 'grid-text', style: `width:${width(c) + spillWidth - 8}px` }, shown) : shown,
              );
            }),
          ),
        ),
      ),
    );
    const read: CellReader = (sheetOf, row, column) => {
      const value = workbook.value(sheetOf, row, column);
      return isError(value) ? null : value;
    };
    const layer = h('div', { class: 'grid-charts', dataset: { role: 'grid-charts' } });
    const placed = charts.map((chart) => {
      const box = h('figure', {
        class: 'grid-chart',
        dataset: { chartId: chart.plan.id, role: 'grid-chart' },
        'aria-label': chart.plan.title[chart.language],
      });
      box.innerHTML = chartSvg(chart.plan, chartData(chart.plan, read, chart.language));
      layer.appendChild(box);
      return { box, anchor: chartAnchor(chart.plan) };
    });
    const scroll = { top: body.scrollTop, left: body.scrollLeft };
    replaceChildren(body, h('div', { class: 'grid-sheet' }, table, layer));
    // Each chart's top-left corner on its anchor cell (or the next visible column).
    const origin = table.getBoundingClientRect();
    for (const { box, anchor } of placed) {
      const column = visible.find((c) => c >= anchor.column) ?? visible[visible.length - 1] ?? 0;
      const cell = table.querySelector(`td[data-address="${cellAddress(anchor.row, column)}"]`);
      const at = cell?.getBoundingClientRect();
      box.style.left = `${Math.round(at ? at.left - origin.left : 40)}px`;
      box.style.top = `${Math.round(at ? at.top - origin.top : 22)}px`;
    }
    body.scrollTop = scroll.top;
    body.scrollLeft = scroll.left;
    showSelection();
  }

  function formatNumber(value: number): string {
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toPrecision(10)));
  }

  const unsubscribe = workbook.subscribe(() => render());
  render();

  return {
    select(row, column) {
      selected = { row, column };
      showSelection();
    },
    destroy() {
      unsubscribe();
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
.grid-table tr.grid-frozen-edge td{border-bottom:2px solid #C8C6C4}
.grid-tabs{display:flex;gap:2px;padding:0 8px;border-top:1px solid #E0E0E0;background:#FAFAFA;overflow-x:auto;flex:0 0 auto}
.grid-tab{font:inherit;border:0;border-bottom:3px solid transparent;background:transparent;padding:6px 12px;cursor:pointer;white-space:nowrap;color:#424242}
.grid-tab[aria-selected="true"]{border-bottom-color:#0F6CBD;color:#0F6CBD;font-weight:600;background:#fff}
.grid-tab:focus-visible{outline:2px solid #242424;outline-offset:-2px}
.grid-empty{padding:16px;color:#616161}
.grid-message{color:#B10E1C;font-size:12px;max-width:40%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.grid-message:empty{display:none}
.grid-sheet{position:relative;width:max-content}
.grid-charts{position:absolute;inset:0;pointer-events:none}
.grid-chart{position:absolute;margin:0;pointer-events:auto;box-shadow:0 1px 4px rgba(0,0,0,.18);background:#fff;line-height:0}
.grid-chart svg{display:block;font-family:inherit}
`;
