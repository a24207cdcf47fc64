/** The preview grid's arrow keys (src/preview/grid.ts nextCell): they stop at A1 and step over hidden columns. */
import { describe, expect, it } from 'vitest';
import { nextCell } from '../../src/preview/grid';

describe('arrow keys in the preview grid', () => {
  it('never move above row 1 or left of column A', () => {
    expect(nextCell({ row: 0, column: 0 }, [-1, 0], new Set())).toEqual({ row: 0, column: 0 });
    expect(nextCell({ row: 3, column: 0 }, [0, -1], new Set())).toEqual({ row: 3, column: 0 });
    expect(nextCell({ row: 3, column: 2 }, [1, 0], new Set())).toEqual({ row: 4, column: 2 });
  });

  it('step over hidden columns both ways', () => {
    const hidden = new Set([3, 4]);
    expect(nextCell({ row: 1, column: 2 }, [0, 1], hidden)).toEqual({ row: 1, column: 5 });
    expect(nextCell({ row: 1, column: 5 }, [0, -1], hidden)).toEqual({ row: 1, column: 2 });
  });

  it('stay put moving left onto a hidden column A, instead of hanging the page', () => {
    expect(nextCell({ row: 1, column: 1 }, [0, -1], new Set([0]))).toEqual({ row: 1, column: 1 });
    expect(nextCell({ row: 1, column: 2 }, [0, -1], new Set([0, 1]))).toEqual({ row: 1, column: 2 });
    expect(nextCell({ row: 1, column: 3 }, [0, -1], new Set([0, 1]))).toEqual({ row: 1, column: 2 });
  });
});
