/**
 * What the menu item «Sett inn nytt skårskjema…» runs. In Code.js this part is packed
 * (scripts/build-gas.mjs) and unpacked only by an execution that calls it: it carries the score
 * sheet's layout and the input tables it is wired to, which no other execution needs.
 */
import { insertScoreSheet } from './insert-score-sheet';
import { liveServices } from './live-services';

/** Menu «Sett inn nytt skårskjema…». */
export function ipsInsertScoreSheet(): void {
  insertScoreSheet(liveServices());
}
