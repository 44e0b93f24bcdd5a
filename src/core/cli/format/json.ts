/** `--output json`: 4-space indentation as the AWS CLI prints (Python's json.dumps(indent=4)). */

/** The JSON text of a response, or '' when there is nothing to print (no response or `{}`). */
export function formatJson(value: unknown): string {
  if (value === undefined) return '';
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return '';
  return `${JSON.stringify(value, null, 4)}\n`;
}
