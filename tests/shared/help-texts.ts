/**
 * Help texts to look for in built files (issue 13): the longest function and parameter help of the
 * table, and the telltale of a text, the part a bundle keeps as it is whatever it escapes.
 */
import { FUNCTION_HELP, SHARED_PARAMETER_HELP } from '../../src/core/functions/help';
import type { Text } from '../../src/core/text';

const byLength = (a: Text, b: Text) => b.en.length + b.nb.length - (a.en.length + a.nb.length);

/** The `count` longest function help texts and the `count` longest parameter help texts. */
export function longestHelpTexts(count: number): { functions: Text[]; parameters: Text[] } {
  const entries = Object.values(FUNCTION_HELP);
  const parameters = [
    ...entries.flatMap((entry) => Object.values(entry.parameters)),
    ...Object.values(SHARED_PARAMETER_HELP),
  ];
  return {
    functions: entries
      .map((entry) => entry.description)
      .sort(byLength)
      .slice(0, count),
    parameters: parameters.sort(byLength).slice(0, count),
  };
}

/**
 * The longest stretch of a text in printable ASCII: a minifier may write «å» or «–» as \u escapes
 * and a quote as \' or \", so a whole text can be in a bundle and still not be found as it is.
 */
export function telltale(text: string): string {
  const stretches = text.match(/[ !#-&(-[\]-~]+/g) ?? [];
  return stretches.reduce(
    (longest, stretch) => (stretch.trim().length > longest.length ? stretch.trim() : longest),
    '',
  );
}
