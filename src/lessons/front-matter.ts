/** Split a Markdown file into its YAML front matter and body, and parse the YAML safely (data only). */
import { parseDocument, YAMLParseError } from 'yaml';

/** The parts of a Markdown file with front matter. */
export interface FrontMatterFile {
  data: unknown;
  body: string;
}

/** A problem reading a file, with the line when known. */
export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}

/**
 * Parse YAML text as plain data: core schema, no custom tags (an unknown tag is an error, not a warning),
 * few aliases (no "billion laughs").
 */
export function parseYamlData(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, customTags: [], logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new FileFormatError(problem.message.split('\n')[0] ?? 'invalid YAML', problem.linePos?.[0]?.line);
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    if (e instanceof YAMLParseError) throw new FileFormatError(e.message.split('\n')[0] ?? 'invalid YAML', e.linePos?.[0]?.line);
    throw new FileFormatError(`invalid YAML: ${(e as Error).message}`);
  }
}

/** `---\nYAML\n---\nbody`: the file must start with front matter. */
export function splitFrontMatter(text: string): FrontMatterFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) throw new FileFormatError('the file must start with front matter between two "---" lines', 1);
  const end = normalized.indexOf('\n---', 3);
  if (end < 0) throw new FileFormatError('the front matter is not closed with a "---" line', 1);
  const afterFence = normalized.indexOf('\n', end + 4);
  const yaml = normalized.slice(4, end + 1);
  const body = afterFence < 0 ? '' : normalized.slice(afterFence + 1);
  try {
    return { data: parseYamlData(yaml), body: body.trim() };
  } catch (e) {
    // Lines of the front matter count from the file's first line, the opening "---".
    if (e instanceof FileFormatError && e.line !== undefined) throw new FileFormatError(e.message.replace(/ at line \d+, column \d+:?$/, ''), e.line + 1);
    throw e;
  }
}
