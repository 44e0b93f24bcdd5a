/**
 * The console's Credential report page: GetCredentialReport's base64 CSV, decoded and turned on its side
 * (one row per report column, one column per user) so the few users of a lab account fit the page.
 */

/** The decoded report, transposed for display. */
export interface CredentialReportView {
  /** The report's rows' `user` values, in report order (`<root_account>` first). */
  users: string[];
  /** One entry per CSV column: its name and each user's value, in `users` order. */
  fields: { name: string; values: string[] }[];
  /** The CSV text as AWS returns it, decoded. */
  csv: string;
}

/** Decodes base64 text into a UTF-8 string. */
function decodeBase64(b64: string): string {
  const binary = atob(b64);
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/**
 * Reads GetCredentialReport's `Content` (base64 CSV) into a view; undefined when it is not a report
 * (no `user` column). The report has no quoted fields, so a plain split is exact.
 */
export function credentialReportView(content: string): CredentialReportView | undefined {
  let csv: string;
  try {
    csv = decodeBase64(content);
  } catch {
    return undefined;
  }
  const lines = csv.split('\n').filter((l) => l.length > 0);
  const header = lines[0]?.split(',') ?? [];
  if (header[0] !== 'user') return undefined;
  const rows = lines.slice(1).map((l) => l.split(','));
  return {
    users: rows.map((r) => r[0] ?? ''),
    fields: header.slice(1).map((name, i) => ({ name, values: rows.map((r) => r[i + 1] ?? '') })),
    csv,
  };
}
