import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/annex3-html.js';

describe('escapeHtml', () => {
  it('escapes every character that can end a text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('leaves other text, accents included, as it is', () => {
    expect(escapeHtml('Zoë Müller-Lefèvre, rue de l’Église 1')).toBe('Zoë Müller-Lefèvre, rue de l’Église 1');
  });
});
