/**
 * The Monaco side of the policy editor: one editor on a JSON model, with IAM Lab's findings as
 * markers (their issue codes as marker codes), quick fixes as code actions, catalogue completion and
 * hover, a structure schema, and a decoration over the statement that decided a test request. All the
 * IAM knowledge is in src/core/policy; this file only maps plain spans to Monaco ranges.
 */
import type * as MonacoApi from 'monaco-editor/editor';
import { completePolicy, hoverPolicy, quickFixesFor, type CompletionKind } from '../../app/editor/language.ts';
import type { Finding, FindingType, Span } from '../../core/policy/types.ts';
import type { MonacoBundle } from './monaco-loader.ts';

type Monaco = typeof MonacoApi;

/** The model this editor owns: providers answer only for it. */
const MODEL_URI = 'inmemory://iam-lab/policy.json';
const SCHEMA_URI = 'inmemory://iam-lab/policy-schema.json';
const OWNER = 'iam-lab';
const SOURCE = 'IAM Lab';

/** What the page gives the editor. */
export interface PolicyMonacoOptions {
  /**
   * Whose text this is (the workspace's editor model). Mounting again for the same owner reuses its Monaco
   * model, so the undo history survives switching tabs; another owner replaces it.
   */
  owner: object;
  text: string;
  dark: boolean;
  schema: Record<string, unknown>;
  /** Called on every change; returns the findings of the new text (validated synchronously). */
  onChange(text: string): Finding[];
  /** Time from a change to its markers being set (ms). */
  onTiming(ms: number): void;
}

/** The handle the page keeps. */
export interface PolicyMonaco {
  setMarkers(findings: readonly Finding[]): void;
  setHighlight(spans: readonly Span[]): void;
  reveal(span: Span): void;
  replaceText(text: string): void;
  /** Apply edits as one undoable step. */
  applyEdits(edits: readonly { span: Span; text: string }[]): void;
  format(): Promise<void>;
  setDark(dark: boolean): void;
  setSchema(schema: Record<string, unknown>): void;
  dispose(): void;
}

function range(monaco: Monaco, s: Span): MonacoApi.Range {
  return new monaco.Range(s.start.line, s.start.column, s.end.line, s.end.column);
}

function severity(monaco: Monaco, t: FindingType): MonacoApi.MarkerSeverity {
  if (t === 'ERROR') return monaco.MarkerSeverity.Error;
  if (t === 'SUGGESTION') return monaco.MarkerSeverity.Info;
  return monaco.MarkerSeverity.Warning;
}

let providersRegistered = false;

/**
 * The one Monaco model kept for the page's lifetime, with its owner and the editor's last view (cursor,
 * scroll). Disposing the editor (a tab switch) keeps it; mounting for another owner (a new lesson or the
 * sandbox: another workspace) disposes it with its history.
 */
let kept: { owner: object; model: MonacoApi.editor.ITextModel; view: MonacoApi.editor.ICodeEditorViewState | null } | undefined;

/** The owner's model: the kept one when it is still theirs (brought up to `text` as one undoable edit), else a new one. */
function modelFor(monaco: Monaco, owner: object, text: string): NonNullable<typeof kept> {
  if (kept && kept.owner === owner && !kept.model.isDisposed()) {
    if (kept.model.getValue() !== text) {
      kept.model.pushStackElement();
      kept.model.pushEditOperations([], [{ range: kept.model.getFullModelRange(), text }], () => null);
      kept.model.pushStackElement();
    }
    return kept;
  }
  kept?.model.dispose();
  const uri = monaco.Uri.parse(MODEL_URI);
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(text, 'json', uri);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  kept = { owner, model, view: null };
  return kept;
}

function registerProviders(monaco: Monaco): void {
  if (providersRegistered) return;
  providersRegistered = true;
  const ours = (model: MonacoApi.editor.ITextModel): boolean => model.uri.toString() === MODEL_URI;
  const kinds = monaco.languages.CompletionItemKind;
  const KIND: Record<CompletionKind, MonacoApi.languages.CompletionItemKind> = {
    service: kinds.Module,
    action: kinds.Function,
    wildcard: kinds.Constant,
    operator: kinds.Operator,
    conditionKey: kinds.Property,
    arn: kinds.Reference,
    value: kinds.Value,
  };
  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    provideCompletionItems(model, position) {
      if (!ours(model)) return { suggestions: [] };
      const c = completePolicy(model.getValue(), { line: position.lineNumber, column: position.column });
      if (!c) return { suggestions: [] };
      const r = range(monaco, c.span);
      return {
        suggestions: c.items.map((i) => ({
          label: i.label,
          kind: KIND[i.kind],
          detail: i.detail,
          insertText: i.insertText,
          ...(i.snippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          sortText: i.sortText,
          filterText: i.label,
          range: r,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      if (!ours(model)) return undefined;
      const h = hoverPolicy(model.getValue(), { line: position.lineNumber, column: position.column });
      if (!h) return undefined;
      return { range: range(monaco, h.span), contents: h.contents.map((value) => ({ value })) };
    },
  });
  monaco.languages.registerCodeActionProvider('json', {
    provideCodeActions(model, _range, context) {
      if (!ours(model)) return { actions: [], dispose: () => undefined };
      const text = model.getValue();
      const actions: MonacoApi.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== SOURCE || typeof marker.code !== 'string') continue;
        const finding: Finding = {
          findingType: 'WARNING',
          issueCode: marker.code,
          message: marker.message,
          path: '',
          span: { start: { line: marker.startLineNumber, column: marker.startColumn }, end: { line: marker.endLineNumber, column: marker.endColumn } },
        };
        for (const fix of quickFixesFor(text, finding)) {
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: { edits: fix.edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: range(monaco, e.span), text: e.text } })) },
          });
        }
      }
      return { actions, dispose: () => undefined };
    },
  });
}

/** Creates the editor in `host`. */
export function mountPolicyEditor({ monaco, jsonDefaults }: MonacoBundle, host: HTMLElement, options: PolicyMonacoOptions): PolicyMonaco {
  registerProviders(monaco);
  const setSchema = (schema: Record<string, unknown>): void => {
    // Structure help (key completion and hover) from the schema; the findings come from IAM Lab's validator only.
    jsonDefaults.setDiagnosticsOptions({ validate: false, allowComments: false, enableSchemaRequest: false, schemas: [{ uri: SCHEMA_URI, fileMatch: [MODEL_URI], schema }] });
  };
  setSchema(options.schema);
  const slot = modelFor(monaco, options.owner, options.text);
  const model = slot.model;
  const editor = monaco.editor.create(host, {
    model,
    theme: options.dark ? 'vs-dark' : 'vs',
    ariaLabel: 'Policy document (JSON). Press Alt+F1 for editor help.',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    fixedOverflowWidgets: true,
    tabSize: 2,
    wordBasedSuggestions: 'off',
    quickSuggestions: { strings: true, other: true, comments: false },
  });
  if (slot.view) editor.restoreViewState(slot.view);
  const decorations = editor.createDecorationsCollection([]);

  const setMarkers = (findings: readonly Finding[]): void => {
    monaco.editor.setModelMarkers(
      model,
      OWNER,
      findings.map((f) => ({
        severity: severity(monaco, f.findingType),
        message: f.message,
        code: f.issueCode,
        source: SOURCE,
        startLineNumber: f.span.start.line,
        startColumn: f.span.start.column,
        endLineNumber: f.span.end.line,
        endColumn: Math.max(f.span.end.column, f.span.start.line === f.span.end.line ? f.span.start.column + 1 : f.span.end.column),
      })),
    );
  };

  const changes = model.onDidChangeContent(() => {
    const t0 = performance.now();
    setMarkers(options.onChange(model.getValue()));
    options.onTiming(performance.now() - t0);
  });

  return {
    setMarkers,
    setHighlight(spans) {
      decorations.set(
        spans.map((s) => ({
          range: range(monaco, s),
          options: { className: 'policy-deciding', linesDecorationsClassName: 'policy-deciding-gutter', hoverMessage: { value: 'This statement decides the tested request.' } },
        })),
      );
    },
    reveal(span) {
      editor.setPosition({ lineNumber: span.start.line, column: span.start.column });
      editor.revealPositionInCenter({ lineNumber: span.start.line, column: span.start.column });
      editor.focus();
    },
    replaceText(text) {
      if (text === model.getValue()) return;
      editor.pushUndoStop();
      editor.executeEdits('iam-lab', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    applyEdits(edits) {
      editor.pushUndoStop();
      editor.executeEdits('iam-lab-fix', edits.map((e) => ({ range: range(monaco, e.span), text: e.text })));
      editor.pushUndoStop();
      editor.focus();
    },
    async format() {
      await editor.getAction('editor.action.formatDocument')?.run();
    },
    setDark(dark) {
      monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
    },
    setSchema,
    dispose() {
      // The model stays (see `kept`): its undo history is there when the editor comes back.
      slot.view = editor.saveViewState();
      changes.dispose();
      decorations.clear();
      editor.dispose();
    },
  };
}
