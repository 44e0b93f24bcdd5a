/**
 * Lesson Markdown to safe HTML: marked renders, DOMPurify removes anything that could run (scripts,
 * event handlers, javascript: links, iframes, forms, styles). Raw HTML in lessons never survives.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const ALLOWED_TAGS = ['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'blockquote', 'h3', 'h4', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del'];

/** Plain text as HTML, every special character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Raw HTML in lesson Markdown is shown as text, never parsed: not even DOMPurify's parser sees it (a
// browser logs a CSP violation as soon as it parses an inline handler, even one that never runs).
const markdownParser = new Marked({ gfm: true, breaks: false, renderer: { html: ({ text }) => escapeHtml(text) } });

/** Render untrusted Markdown to sanitized HTML (links open in a new tab without an opener). */
export function renderMarkdown(text: string): string {
  // Without a DOM to sanitize in, show the text as it is rather than trust it.
  if (!DOMPurify.isSupported) return `<p>${escapeHtml(text)}</p>`;
  const html = markdownParser.parse(text, { async: false }) as string;
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'], ALLOWED_URI_REGEXP: /^(https?:|#)/i });
  return clean.replace(/<a href=/g, '<a rel="noopener noreferrer" target="_blank" href=');
}
