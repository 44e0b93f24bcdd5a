#!/usr/bin/env node
// The `iam-lab` command. It runs the TypeScript sources through tsx, so the command, the browser app and
// the tests share one engine with no build step in between.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
