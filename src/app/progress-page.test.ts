import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/index.ts';
import { progress } from '../storage/test-helpers.ts';
import type { CatalogEntry } from './lesson-source.ts';
import { exportFileName, ProgressPage, progressRow, type PickedFile } from './progress-page.svelte.ts';

const entry = (id: string, title: string, steps: number): CatalogEntry => ({ id, title, steps, summary: '', minutes: 5, teaches: [], folder: id });
const catalog = [entry('secure-root', 'Secure the root user', 3), entry('create-users', 'Create users', 2)];

function host() {
  const store = createMemoryStore({ now: () => new Date('2026-03-01T12:00:00Z') });
  let refreshed = 0;
  return { store, catalog, refreshProgress: async () => void refreshed++, refreshed: () => refreshed };
}

const fileOf = (text: string, name = 'progress.json'): PickedFile => ({ name, size: text.length, text: async () => text });

describe('progressRow', () => {
  it('counts steps passed, solved with help and hints', () => {
    const p = { ...progress('secure-root', ['a', 'b']), status: { a: 'passed', b: 'passed-with-help', c: 'pending' } as const, hintsUsed: { a: 1, c: 2 } };
    expect(progressRow('secure-root', 'Secure', 3, p)).toMatchObject({ passed: 2, withHelp: 1, hintsUsed: 3, state: 'started', label: 'In progress' });
    expect(progressRow('secure-root', 'Secure', 2, p)).toMatchObject({ state: 'done', label: 'Completed' });
    expect(progressRow('x', 'X', 3, undefined)).toMatchObject({ passed: 0, state: 'new', label: 'Not started' });
    expect(exportFileName('2026-03-01T12:00:00.000Z')).toBe('iam-lab-progress-2026-03-01.json');
  });
});

describe('ProgressPage', () => {
  it('lists every lesson of the catalog, then progress of lessons this build lacks', async () => {
    const h = host();
    await h.store.putProgress(progress('create-users', ['a']));
    await h.store.putProgress(progress('retired-lesson', ['a']));
    const page = new ProgressPage(h);
    await page.load();
    expect(page.rows.map((r) => [r.id, r.label])).toEqual([
      ['secure-root', 'Not started'],
      ['create-users', 'In progress'],
      ['retired-lesson', 'In progress'],
    ]);
    expect(page.hasProgress).toBe(true);
  });

  it('exports, resets and imports back after a preview', async () => {
    const h = host();
    await h.store.putProgress(progress('secure-root', ['a', 'b', 'c']));
    await h.store.putProgress(progress('create-users', ['a']));
    const page = new ProgressPage(h);
    await page.load();
    const { name, text } = await page.exportFile();
    expect(name).toBe('iam-lab-progress-2026-03-01.json');

    await page.resetAll();
    expect(page.rows.every((r) => r.state === 'new')).toBe(true);
    expect(h.refreshed()).toBe(1);

    await h.store.putProgress(progress('create-users', ['a', 'b']));
    await page.previewFile(fileOf(text));
    expect(page.preview).toMatchObject({ ok: true, changes: [{ lessonId: 'create-users', action: 'keep', title: 'Create users' }, { lessonId: 'secure-root', action: 'add', title: 'Secure the root user' }] });
    expect((await h.store.listProgress()).map((p) => p.lessonId)).toEqual(['create-users']); // nothing changed yet
    await page.confirmImport();
    expect(page.preview).toBeUndefined();
    expect(page.message).toBe('Imported: 1 lesson updated, 1 kept as they were here (further along or newer).');
    expect(page.rows.map((r) => [r.id, r.passed])).toEqual([
      ['secure-root', 3],
      ['create-users', 2],
    ]);
  });

  it('shows what is wrong with a bad file and changes nothing', async () => {
    const h = host();
    const page = new ProgressPage(h);
    await page.previewFile(fileOf(JSON.stringify({ format: 'iam-lab-progress', version: 1, progress: [{ lessonId: 'x', stepIndex: 'two' }] }), 'mine.json'));
    expect(page.preview).toEqual({ ok: false, fileName: 'mine.json', problems: ['progress[0].stepIndex: expected number, got "two"'] });
    await page.confirmImport();
    expect(await h.store.listProgress()).toEqual([]);
    await page.previewFile({ name: 'big.json', size: 5_000_000, text: async () => { throw new Error('must not read'); } });
    expect(page.preview).toMatchObject({ ok: false, problems: [expect.stringMatching(/larger than 1 MB/)] });
    page.cancelImport();
    expect(page.preview).toBeUndefined();
  });
});
