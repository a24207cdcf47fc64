// Lists the longest functions and the largest files under a folder (default src/ui), using the
// TypeScript compiler's parser: `node scripts/function-lengths.mjs [folder] [count]`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? 'src/ui';
const count = Number(process.argv[3] ?? 10);

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function functionName(node, source) {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText(source);
  return '(anonymous)';
}

const functions = [];
const sizes = [];
for (const path of files(root)) {
  const text = readFileSync(path, 'utf8');
  sizes.push({ path, lines: text.split('\n').length });
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      functions.push({ path, name: functionName(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const show = (rows, label) => rows.map((row) => `${String(row.lines).padStart(5)}  ${label(row)}`).join('\n');
console.log(`Longest functions in ${root}:`);
console.log(
  show(
    functions.sort((a, b) => b.lines - a.lines).slice(0, count),
    (f) => `${f.name} (${relative('.', f.path)}:${f.line})`,
  ),
);
console.log(`\nLargest files in ${root}:`);
console.log(show(sizes.sort((a, b) => b.lines - a.lines).slice(0, count), (f) => relative('.', f.path)));
