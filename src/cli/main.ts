#!/usr/bin/env node
/**
 * `npx damascus-moscow`: charts of the bundled dataset or a desk's own data as SVG or PNG files, the
 * dataset as CSV or JSON, a data template and a validator, without writing any code.
 */
import { runCli } from './run.js';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
