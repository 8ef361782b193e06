/**
 * HTML import under jsdom (the browser stand-in): hostile markup leaves no trace, the article is
 * found with Readability or from the body, and meta tags / JSON-LD give title, author, date, site.
 */
import createDOMPurify from 'dompurify';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/index.ts';
import { unclobberForms } from './forms.ts';
import { extractFromHtml, PURIFY_CONFIG } from './index.ts';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Þetta er málsgrein númer ${i + 1} í greininni og hún fjallar um veðrið á Íslandi í vetur. Veðurfræðingar spá hlýindum næstu daga.</p>`).join('\n');

const HOSTILE = `<!doctype html><html><head>
<title>Frétt - Miðill</title>
<script>window.__pwned = 'script'; alert('xss')</script>
<style>body::before { content: 'STYLE-LEAK' } p { color: red }</style>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
</head>
<body onload="window.__pwned = 'onload'">
<article>
<h1 onclick="window.__pwned = 'click'">Ný brú opnuð</h1>
<figure><img src="x" onerror="window.__pwned = 'img'"><figcaption>Brúin í morgun. Vísir/Vilhelm</figcaption></figure>
${para(4)}
<p>Lesið meira <a href="javascript:window.__pwned = 'href'">hér</a> og <a href="JaVaScRiPt:alert(2)">þar</a>.</p>
<iframe src="javascript:window.__pwned = 'iframe'" srcdoc="<script>parent.__pwned = 'srcdoc'</script>IFRAME-LEAK"></iframe>
<object data="x.swf">OBJECT-LEAK</object><embed src="x.swf">
<svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svgscript'</script><text>SVG-LEAK</text></svg>
<math><mi xlink:href="javascript:alert(3)">MATH-LEAK</mi></math>
<form action="javascript:alert(4)"><input value="INPUT-LEAK"><button>BUTTON-LEAK</button></form>
<noscript>NOSCRIPT-LEAK</noscript><template>TEMPLATE-LEAK</template>
<p style="background:url(javascript:alert(5))">Síðasta málsgreinin er hér og hún er líka um veðrið.</p>
</article></body></html>`;

describe('extractFromHtml', () => {
  it('leaves no trace of scripts, handlers, javascript: links, frames or styles', () => {
    const r = extractFromHtml(HOSTILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const bad of ['alert', 'javascript', 'JaVaScRiPt', 'pwned', 'STYLE-LEAK', 'color: red', 'IFRAME-LEAK', 'OBJECT-LEAK', 'SVG-LEAK', 'MATH-LEAK', 'INPUT-LEAK', 'BUTTON-LEAK', 'NOSCRIPT-LEAK', 'TEMPLATE-LEAK', 'onerror', 'onload', '<', '>']) {
      expect(r.text, bad).not.toContain(bad);
    }
    expect(r.text).toContain('Þetta er málsgrein númer 1');
    expect(r.text).toContain('Lesið meira hér og þar.');
    expect(r.text).toContain('Síðasta málsgreinin er hér');
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
    const a = cleanArticle(r.text, r.hints);
    expect(a.title).toBe('Ný brú opnuð');
    expect(a.caption).toBe('Brúin í morgun.');
    expect(a.paragraphs).toHaveLength(6);
  });

  it('keeps the figure caption as its own block', () => {
    const r = extractFromHtml(HOSTILE);
    expect(r.ok && r.text.split('\n\n')).toContain('Brúin í morgun. Vísir/Vilhelm');
  });

  it('takes title, author, date and site from meta tags', () => {
    const html = `<html><head>
      <meta property="og:title" content="Loðnan komin">
      <meta property="og:site_name" content="RÚV">
      <meta name="author" content="Guðrún Helga Sigurðardóttir">
      <meta property="article:published_time" content="2025-01-15T07:30:00Z">
      </head><body><article><h1>Loðnan komin</h1>${para(5)}</article></body></html>`;
    const r = extractFromHtml(html);
    expect(r.ok && r.hints).toEqual({ title: 'Loðnan komin', author: 'Guðrún Helga Sigurðardóttir', publishedAt: '2025-01-15T07:30:00Z', site: 'RÚV' });
    if (!r.ok) return;
    const a = cleanArticle(r.text, r.hints);
    expect(a).toMatchObject({ title: 'Loðnan komin', author: 'Guðrún Helga Sigurðardóttir', publishedAt: '2025-01-15T07:30', site: 'RÚV' });
    expect(a.paragraphs.join(' ')).not.toContain('Loðnan komin');
    expect(a.paragraphs).toHaveLength(5);
  });

  it('reads JSON-LD when there are no meta tags', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Hvalir sáust í Faxaflóa', datePublished: '2024-08-02T14:05:00+00:00', author: [{ '@type': 'Person', name: 'Jón Jónsson' }, { '@type': 'Person', name: 'Anna Önnudóttir' }], publisher: { '@type': 'Organization', name: 'Heimildin' } }] };
    const html = `<html><head><title>Hvalir sáust í Faxaflóa | Heimildin</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main>${para(5)}</main></body></html>`;
    const r = extractFromHtml(html);
    expect(r.ok && r.hints).toEqual({ title: 'Hvalir sáust í Faxaflóa', author: 'Jón Jónsson og Anna Önnudóttir', publishedAt: '2024-08-02T14:05:00+00:00', site: 'Heimildin' });
  });

  it('imports an article wrapped in one <form> (ASP.NET), without controls, boxes or their code', () => {
    const r = extractFromHtml(readFileSync('test/fixtures/scrapes/heradsfrettir-aspnet-form.html', 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const bad of ['LEAK', 'VIEWSTATE', 'pwned', 'javascript', 'Leita', 'Leit á vefnum', 'Fréttabréf', 'Skráðu', 'Skrá mig', 'Netfang', 'Facebook']) {
      expect(r.text, bad).not.toContain(bad);
    }
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
    expect(cleanArticle(r.text, r.hints).paragraphs).toHaveLength(4);
  });

  it.each(['attributes', 'nodeName', 'children', 'childNodes', 'textContent', 'removeChild', 'hasChildNodes'])(
    'keeps an article wrapped in a form with a control named "%s" (DOM clobbering), and still no code',
    (name) => {
      const html = `<html><body><form id="aspnetForm" method="post" action="javascript:alert(1)" onsubmit="window.__pwned = 'submit'"><input type="hidden" name="${name}" value="CONTROL-LEAK"><div id="wrap"><article><h1>Ný brú opnuð</h1>${para(4)}<p>Lesið meira <a href="javascript:window.__pwned = 'href'">hér</a>.</p><img src="x" name="${name}" onerror="window.__pwned = 'img'"><fieldset id="${name}"><legend>Skoðanakönnun</legend><button name="${name}" formaction="javascript:alert(2)">BUTTON-LEAK</button></fieldset><script>window.__pwned = 'script'</script></article></div></form></body></html>`;
      const r = extractFromHtml(html);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.text).toContain('Þetta er málsgrein númer 4');
      expect(r.text).toContain('Lesið meira hér.');
      for (const bad of ['LEAK', 'alert', 'javascript', 'pwned', 'onerror', '<', '>']) expect(r.text, bad).not.toContain(bad);
      expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
      expect(cleanArticle(r.text, r.hints).paragraphs.filter((p) => p.startsWith('Þetta er málsgrein'))).toHaveLength(4);
    },
  );

  it('before DOMPurify sees a form, removes the controls and the names and ids that would hide its properties', () => {
    const doc = new DOMParser().parseFromString(
      '<form id="f"><input name="attributes"><div id="main" name="nodeName"><img id="children"><fieldset name="x"><p>Texti</p></fieldset></div></form><select form="f" name="textContent"></select>',
      'text/html',
    );
    unclobberForms(window as unknown as Window & typeof globalThis)(doc.querySelector('form')!);
    expect(doc.body.innerHTML).toBe('<form id="f"><div id="main"><img><fieldset name="x"><p>Texti</p></fieldset></div></form>');
  });

  it('sanitises a form to a bare <form>: no controls, no action, method, formaction or handlers', () => {
    const html = `<form id="aspnetForm" action="javascript:alert(1)" method="post" onsubmit="alert(2)" enctype="text/plain"><input type="hidden" name="__VIEWSTATE" value="x"><p>Texti</p><button formaction="javascript:alert(3)" formmethod="get">Senda</button><input type="submit" formaction="/x"></form>`;
    const clean = String(createDOMPurify(window).sanitize(html, PURIFY_CONFIG));
    expect(clean).toMatch(/<form\b[^>]*><p>Texti<\/p><\/form>/u);
    expect(clean).not.toMatch(/action|method|onsubmit|alert|input|button|VIEWSTATE/u);
  });

  it('gives no text from search, signup or login forms, even when the whole body is read', () => {
    const html = `<html><body>
      <form action="/leit" role="search"><label for="q">Leit</label><input id="q" value="SEARCH-LEAK"><button>Leita</button></form>
      <div>Stutt tilkynning frá lögreglu.</div>
      <form action="javascript:alert(1)" method="post"><h4>Fréttabréf</h4><p>Skráðu þig á póstlistann.</p><input type="email"><button formaction="javascript:alert(2)">Skrá</button></form>
      <div>Vegurinn er lokaður.</div>
      <form action="/inn" method="post"><label>Notandanafn <input></label><label>Lykilorð <input type="password"></label><a href="/gleymt">Gleymt lykilorð?</a></form>
      </body></html>`;
    expect(extractFromHtml(html)).toEqual({ ok: true, text: 'Stutt tilkynning frá lögreglu.\n\nVegurinn er lokaður.', hints: { title: null, author: null, publishedAt: null, site: null } });
  });

  it('falls back to the body text when Readability finds no article', () => {
    const html = '<html><body><div>Stutt tilkynning frá lögreglu.</div><div>Vegurinn er lokaður.</div></body></html>';
    const r = extractFromHtml(html);
    expect(r).toEqual({ ok: true, text: 'Stutt tilkynning frá lögreglu.\n\nVegurinn er lokaður.', hints: { title: null, author: null, publishedAt: null, site: null } });
  });

  it('recovers from unclosed tags', () => {
    const r = extractFromHtml('<div><p>Halló heimur, þetta er texti<p>Og önnur málsgrein');
    expect(r.ok && r.text).toBe('Halló heimur, þetta er texti\n\nOg önnur málsgrein');
  });

  it.each([
    { name: 'no text at all', html: '<html><head></head><body><img src="x"></body></html>', reason: 'empty' },
    { name: 'only a script', html: '<html><body><script>document.write("Texti")</script></body></html>', reason: 'empty' },
    { name: 'text swallowed by an unclosed <title>', html: '<html><head><title>Fyrirsögn án enda <p>Greinin sjálf er hér', reason: 'broken-html' },
    { name: 'text swallowed by an unclosed <textarea>', html: '<body><textarea>Allur textinn er hér inni', reason: 'broken-html' },
  ])('$name → $reason', ({ html, reason }) => {
    expect(extractFromHtml(html)).toEqual({ ok: false, reason });
  });
});
