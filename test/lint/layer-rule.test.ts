// Proves the layer rule of DESIGN.md is enforced by the project's real ESLint
// config: each case lints an in-memory source as if it lived at `file`.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Case {
  file: string;
  code: string;
  /** The rule expected to fire, or null when the source must lint clean. */
  rule: 'no-restricted-imports' | 'no-restricted-globals' | null;
}

const cases: Case[] = [
  { file: 'src/core/x.ts', code: "import { mount } from 'svelte';\nexport const m = mount;\n", rule: 'no-restricted-imports' },
  { file: 'src/core/engine/x.ts', code: "import { writable } from 'svelte/store';\nexport const w = writable;\n", rule: 'no-restricted-imports' },
  { file: 'src/core/x.ts', code: "import { openDB } from 'idb';\nexport const o = openDB;\n", rule: 'no-restricted-imports' },
  { file: 'src/core/x.ts', code: "import { setup } from 'xstate';\nexport const s = setup;\n", rule: 'no-restricted-imports' },
  { file: 'src/core/x.ts', code: "export * from 'monaco-editor/editor';\n", rule: 'no-restricted-imports' },
  { file: 'src/core/engine/x.ts', code: "import { a } from '../../lessons/schema.ts';\nexport const b = a;\n", rule: 'no-restricted-imports' },
  { file: 'src/core/engine/x.ts', code: "export { a } from '../../app/sim.svelte.ts';\n", rule: 'no-restricted-imports' },
  { file: 'src/core/x.ts', code: 'export const w = window.location.href;\n', rule: 'no-restricted-globals' },
  { file: 'src/lessons/x.ts', code: 'export const s = localStorage.getItem("k");\n', rule: 'no-restricted-globals' },
  { file: 'src/lessons/x.ts', code: "import { m } from '../machines/lesson.ts';\nexport const n = m;\n", rule: 'no-restricted-imports' },
  { file: 'src/machines/x.ts', code: "import { s } from '../storage/db.ts';\nexport const t = s;\n", rule: 'no-restricted-imports' },
  { file: 'src/app/x.svelte.ts', code: "import App from '../ui/App.svelte';\nexport const a = App;\n", rule: 'no-restricted-imports' },
  { file: 'src/ui/x.ts', code: "import { openDB } from 'idb';\nexport const o = openDB;\n", rule: 'no-restricted-imports' },
  { file: 'src/ui/x.ts', code: "import { runSimulation } from '@cloud-copilot/iam-simulate';\nexport const r = runSimulation;\n", rule: 'no-restricted-imports' },
  { file: 'bin/x.mjs', code: "import { runSimulation } from '@cloud-copilot/iam-simulate';\nexport const r = runSimulation;\n", rule: 'no-restricted-imports' },
  // Allowed imports must stay clean, or the rule would just be "everything fails".
  { file: 'src/core/engine/x.ts', code: "import type { Span } from '../policy/types.ts';\nexport type S = Span;\n", rule: null },
  { file: 'src/lessons/x.ts', code: "import type { Decision } from '../core/engine/types.ts';\nexport type D = Decision;\n", rule: null },
  { file: 'src/machines/x.ts', code: "import { setup } from 'xstate';\nimport type { L } from '../lessons/schema.ts';\nexport const s = setup;\nexport type M = L;\n", rule: null },
  { file: 'src/ui/x.ts', code: "import { mount } from 'svelte';\nimport { S } from '../app/sim.svelte.ts';\nexport const m = [mount, S];\n", rule: null },
  { file: 'test/engine/x.test.ts', code: "import { runSimulation } from '@cloud-copilot/iam-simulate';\nexport const r = runSimulation;\n", rule: null },
];

describe('layer rule (eslint.config.js)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it.each(cases)('$file: $code → $rule', async ({ file, code, rule }) => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
    const fired = (result?.messages ?? []).map((m) => m.ruleId);
    if (rule === null) {
      expect(fired).toEqual([]);
    } else {
      expect(fired).toContain(rule);
      expect(result?.errorCount).toBeGreaterThan(0);
    }
  });
});
