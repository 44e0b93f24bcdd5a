// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders lesson Markdown', () => {
    expect(renderMarkdown('Create **alice** with `aws iam create-user`.')).toBe('<p>Create <strong>alice</strong> with <code>aws iam create-user</code>.</p>\n');
  });
  it.each([
    ['<script>alert(1)</script>hi', 'script'],
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['[x](javascript:alert(1))', 'javascript:'],
    ['<iframe src="https://example.com"></iframe>', 'iframe'],
    ['<a href="#" onclick="alert(1)">x</a>', 'onclick'],
    ['<style>body{display:none}</style>', 'style'],
    ['<form action="https://example.com"><input></form>', 'form'],
  ])('removes anything that could run: %s', (md, bad) => {
    expect(renderMarkdown(md).toLowerCase()).not.toContain(bad);
  });
  it('keeps safe links, opening them without an opener', () => {
    expect(renderMarkdown('[docs](https://docs.aws.amazon.com/IAM/)')).toContain('rel="noopener noreferrer" target="_blank" href="https://docs.aws.amazon.com/IAM/"');
  });
});
