import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../src/admin/render/html.js';

describe('html', () => {
  it('escapes interpolated text, attributes included', () => {
    const comment = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<p title="${comment}">${comment}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('keeps SafeHtml, joins lists and drops empty values', () => {
    const items = ['<a>', 'b'].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      '<ul><li>&lt;a&gt;</li><li>b</li></ul>0',
    );
    expect(html`${new SafeHtml('<b>')}`.value).toBe('<b>');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
