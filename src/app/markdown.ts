/**
 * Lesson Markdown to safe HTML: marked renders, DOMPurify removes anything that could run (scripts,
 * event handlers, javascript: links, iframes, forms, styles). Raw HTML in lessons never survives.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ALLOWED_TAGS = ['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'blockquote', 'h3', 'h4', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del'];

/** Plain text as HTML, every special character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Render untrusted Markdown to sanitized HTML (links open in a new tab without an opener). */
export function renderMarkdown(markdown: string): string {
  // Without a DOM to sanitize in, show the text as it is rather than trust it.
  if (!DOMPurify.isSupported) return `<p>${escapeHtml(markdown)}</p>`;
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'], ALLOWED_URI_REGEXP: /^(https?:|#)/i });
  return clean.replace(/<a href=/g, '<a rel="noopener noreferrer" target="_blank" href=');
}
