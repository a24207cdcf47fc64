/** The preview grid's chart overlay: charts drawn as SVG, floated with their top-left corner on the anchor cell. */
import { cellAddress } from '../core/workbook/plan';
import { h } from '../ui/dom';
import { chartAnchor, chartData, chartSvg, type CellReader } from './charts';
import { SheetError } from './engine/values';
import { ROW_HEADER, type Layout } from './grid-layout';
import type { MemoryWorkbook } from './memory-workbook';

export interface PlacedChart {
  readonly box: HTMLElement;
  readonly anchor: { row: number; column: number };
}

/** The layer of a sheet's charts (the one chosen in «Vis diagrammer» marked), and each chart's box and anchor. */
export function chartLayer(workbook: MemoryWorkbook, at: Layout): { layer: HTMLElement; placed: PlacedChart[] } {
  const read: CellReader = (sheetOf, row, column) => {
    const value = workbook.value(sheetOf, row, column);
    return value instanceof SheetError ? null : value;
  };
  const layer = h('div', { class: 'grid-charts', dataset: { role: 'grid-charts' } });
  const placed = at.charts.map((chart) => {
    const chosen = workbook.selectedChart?.sheet === at.name && workbook.selectedChart.chartId === chart.plan.id;
    const box = h('figure', {
      class: chosen ? 'grid-chart is-selected' : 'grid-chart',
      dataset: { chartId: chart.plan.id, role: 'grid-chart', ...(chosen ? { selected: 'true' } : {}) },
      'aria-label': chart.plan.title[chart.language],
    });
    box.innerHTML = chartSvg(
      chart.plan,
      chartData(chart.plan, read, chart.language, (sheetOf, row, column) =>
        workbook.text(sheetOf, row, column, chart.language),
      ),
    );
    layer.appendChild(box);
    return { box, anchor: chartAnchor(chart.plan) };
  });
  return { layer, placed };
}

/** Each chart's top-left corner on its anchor cell (or the next shown column). */
export function placeCharts(
  table: HTMLTableElement,
  at: Layout,
  placed: readonly PlacedChart[],
  heights: { rowHeight: number; headHeight: number },
): void {
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
      top = heights.headHeight + anchor.row * heights.rowHeight;
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
