/**
 * Loads the slim, JSON-only Monaco build on first use (never on the first screen): the editor
 * core, its contributions, the JSON language, and the two workers it needs. The worker factory is
 * installed before the editor module is evaluated, as Monaco 0.57 requires.
 */
import type * as MonacoApi from 'monaco-editor/editor';
import type { jsonDefaults as JsonDefaults } from 'monaco-editor/languages/features/json/register';

/** What the policy editor uses from Monaco. */
export interface MonacoBundle {
  monaco: typeof MonacoApi;
  jsonDefaults: typeof JsonDefaults;
}

let loading: Promise<MonacoBundle> | undefined;

async function load(): Promise<MonacoBundle> {
  const [editorWorker, jsonWorker] = await Promise.all([
    import('monaco-editor/editor/editor.worker?worker'),
    import('monaco-editor/languages/features/json/json.worker?worker'),
  ]);
  const env: MonacoApi.Environment = {
    getWorker: (_workerId: string, label: string) => (label === 'json' ? new jsonWorker.default() : new editorWorker.default()),
  };
  (self as unknown as { MonacoEnvironment: MonacoApi.Environment }).MonacoEnvironment = env;
  const monaco = await import('monaco-editor/editor');
  await import('monaco-editor/features/register.all');
  const { jsonDefaults } = await import('monaco-editor/languages/features/json/register');
  return { monaco, jsonDefaults };
}

/** Monaco, loaded once. A failed load may be retried. */
export function loadMonaco(): Promise<MonacoBundle> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
