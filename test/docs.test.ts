import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The README and docs/ link only to files inside the repository, and to headings that exist. */
const root = fileURLToPath(new URL('..', import.meta.url));
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    anchors.add(match[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'));
  }
  return anchors;
}

describe('links in the README and docs/', () => {
  it.each(documents)('%s: every relative link names a file of the repository (and an existing heading)', (document) => {
    const text = readFileSync(join(root, document), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    const targetOf = (path: string) => (path === '' ? join(root, document) : resolve(dirname(join(root, document)), path));
    for (const link of links) {
      const target = targetOf(link.split('#')[0]!);
      expect(relative(root, target).startsWith('..'), `${document}: ${link} leaves the repository`).toBe(false);
      expect(existsSync(target), `${document}: ${link} does not exist`).toBe(true);
    }
    // The links with a heading: the heading exists in the file they name.
    for (const [path, anchor] of links.filter((link) => link.includes('#')).map((link) => link.split('#') as [string, string])) {
      expect([...anchorsOf(readFileSync(targetOf(path), 'utf8'))], `${document}: ${path}#${anchor}`).toContain(anchor);
    }
  });

  it('the README names no path outside the repository and links each page of docs/', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\.\.\/shared|\brules\.md\b/);
    for (const page of ['rules-90-180.md', 'visa-sticker.md', 'annex3.md', 'membership.md']) expect(readme).toContain(`](docs/${page}`);
    const pages = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
    expect(pages.filter((page) => !readme.includes(`](docs/${page}`))).toEqual([]);
  });

  it('a LICENSE file, with the licence package.json declares', () => {
    const { license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string };
    expect(license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the schengen authors\n/);
  });
});

/** Issue 24: a README that fits on a few screens; the rest in docs/, each page opening with its contents. */
describe('the README and the reference pages', () => {
  it('the README has at most 300 lines', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(300);
  });

  it.each(['commands', 'input', 'answers', 'json', 'batch', 'server', 'mcp', 'library', 'settings', 'benchmarks', 'development'])(
    'docs/%s.md opens with a title and a short list of contents that names every section',
    (page) => {
      const text = readFileSync(join(root, 'docs', `${page}.md`), 'utf8');
      expect(text).toMatch(/^# \S/);
      const contents = /^Contents: ([\s\S]*?)\n\n/m.exec(text)?.[1] ?? '';
      const sections = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
      expect(sections.length).toBeGreaterThan(1);
      for (const section of sections) expect(contents, section).toContain(`[${section}](#`);
    },
  );
});
