// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

/** The rendered HTML as live elements, to check what a browser would really build from it. */
function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdown', () => {
  it('renders lesson Markdown', () => {
    expect(renderMarkdown('Create **alice** with `aws iam create-user`.')).toBe('<p>Create <strong>alice</strong> with <code>aws iam create-user</code>.</p>\n');
  });

  it.each([
    '<script>alert(1)</script>hi',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '<iframe src="https://example.com"></iframe>',
    '<a href="#" onclick="alert(1)">x</a>',
    '<style>body{display:none}</style>',
    '<form action="https://example.com"><input></form>',
    'text <b onmouseover="alert(1)">inline</b> html',
  ])('leaves nothing that could run: %s', (md) => {
    const root = dom(renderMarkdown(md));
    expect(root.querySelector('script, img, iframe, style, form, input, b')).toBeNull();
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
      expect(el.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
  });

  it('shows raw HTML as text instead of parsing it', () => {
    expect(dom(renderMarkdown('<img src=x onerror=alert(1)>')).textContent).toContain('<img src=x onerror=alert(1)>');
    expect(dom(renderMarkdown('a <b>bold</b> claim')).textContent).toBe('a <b>bold</b> claim\n');
  });

  it('keeps safe links, opening them without an opener', () => {
    expect(renderMarkdown('[docs](https://docs.aws.amazon.com/IAM/)')).toContain('rel="noopener noreferrer" target="_blank" href="https://docs.aws.amazon.com/IAM/"');
  });
});
