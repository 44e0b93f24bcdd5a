/** AWS Query API responses as XML: `<OpResponse><OpResult>...</OpResult><ResponseMetadata>...`. */

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function scalarText(key: string, v: unknown): string {
  // IAM returns policy documents URL-encoded (RFC 3986); the CLI and SDKs decode them.
  if (/Document$/.test(key)) {
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return encodeURIComponent(text);
  }
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return String(v ?? '');
}

function element(name: string, v: unknown, indent: string, out: string[]): void {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    out.push(`${indent}<${name}>`);
    for (const item of v) element('member', item, inner, out);
    out.push(`${indent}</${name}>`);
  } else if (v !== null && typeof v === 'object' && !/Document$/.test(name)) {
    out.push(`${indent}<${name}>`);
    const entries = Object.entries(v as Record<string, unknown>);
    if (name.endsWith('Map') || name === 'Metadata') {
      for (const [k, x] of entries) {
        out.push(`${inner}<entry>`, `${inner}  <key>${escapeXml(k)}</key>`);
        element('value', x, `${inner}  `, out);
        out.push(`${inner}</entry>`);
      }
    } else for (const [k, x] of entries) element(k, x, inner, out);
    out.push(`${indent}</${name}>`);
  } else {
    out.push(`${indent}<${name}>${escapeXml(scalarText(name, v))}</${name}>`);
  }
}

/** The XML body of a successful call. */
export function responseXml(operation: string, namespace: string, result: unknown, requestId: string): string {
  const out = [`<${operation}Response xmlns="${escapeXml(namespace)}">`];
  if (result !== undefined && result !== null && typeof result === 'object') {
    out.push(`  <${operation}Result>`);
    for (const [k, v] of Object.entries(result as Record<string, unknown>)) element(k, v, '    ', out);
    out.push(`  </${operation}Result>`);
  }
  out.push('  <ResponseMetadata>', `    <RequestId>${escapeXml(requestId)}</RequestId>`, '  </ResponseMetadata>', `</${operation}Response>`);
  return `${out.join('\n')}\n`;
}

/** The XML body of an error (`Sender` for 4xx, `Receiver` for 5xx). */
export function errorXml(namespace: string, code: string, message: string, status: number, requestId: string): string {
  return (
    [
      `<ErrorResponse xmlns="${escapeXml(namespace)}">`,
      '  <Error>',
      `    <Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>`,
      `    <Code>${escapeXml(code)}</Code>`,
      `    <Message>${escapeXml(message)}</Message>`,
      '  </Error>',
      `  <RequestId>${escapeXml(requestId)}</RequestId>`,
      '</ErrorResponse>',
    ].join('\n') + '\n'
  );
}
