import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from './htmlToParagraphs.ts';
import { approximateNestingDepth, MAX_NESTING_DEPTH } from './tagSoup.ts';
import type { ParsedParagraph } from './types.ts';

const context = { file: 'seeds/t.txt', firstLine: 4, baseUrl: 'https://www.example.com/news/2022/story.html' };
const parse = (html: string) => htmlToParagraphs(html, context);
const brief = (paragraphs: ParsedParagraph[]) =>
  paragraphs.map((p) => (p.url ? [p.kind, p.text, p.line, p.url] : [p.kind, p.text, p.line]));

describe('htmlToParagraphs: text', () => {
  const cases: [string, string, unknown[][]][] = [
    ['paragraphs in document order', '<p>一。</p><p>二。</p>', [['paragraph', '一。', 4], ['paragraph', '二。', 4]]],
    ['line of each paragraph, counted from the fragment start', '<p>一</p>\n\n<p>二</p>\n<p>\n三</p>', [['paragraph', '一', 4], ['paragraph', '二', 6], ['paragraph', '三', 8]]],
    ['inline markup keeps its text', '<p>总统<b>托卡耶夫</b>（<i>Tokayev</i>）表示</p>', [['paragraph', '总统托卡耶夫（Tokayev）表示', 4]]],
    ['runs of ASCII whitespace and newlines collapse to one space', '<p>  a \n\t b  </p>', [['paragraph', 'a b', 4]]],
    ['single inner spaces are kept as written', '<p>2022 年 1 月 9 日，</p>', [['paragraph', '2022 年 1 月 9 日，', 4]]],
    ['<br> becomes a space', '<p>第一行<br>第二行<br/>第三行</p>', [['paragraph', '第一行 第二行 第三行', 4]]],
    ['the ideographic-space indent is trimmed', '<p>\u3000\u3000正文。</p>', [['paragraph', '正文。', 4]]],
    ['entities are decoded to text', '<p>A &amp; B &lt;b&gt; &#x4E2D;&#25991;</p>', [['paragraph', 'A & B <b> 中文', 4]]],
    ['full-width punctuation is kept', '<p>他说：“好！”（完）</p>', [['paragraph', '他说：“好！”（完）', 4]]],
    ['empty paragraphs are skipped', '<p> </p><p></p><div>\n</div><p>有</p>', [['paragraph', '有', 5]]],
    ['div, blockquote, headings and table cells are paragraphs', '<div>甲</div><blockquote>乙</blockquote><h3>丙</h3><table><tr><td>丁</td><th>戊</th></tr></table>', [['paragraph', '甲', 4], ['paragraph', '乙', 4], ['paragraph', '丙', 4], ['paragraph', '丁', 4], ['paragraph', '戊', 4]]],
    ['text around a nested block is split at it', '<div>前<p>中</p>后</div>', [['paragraph', '前', 4], ['paragraph', '中', 4], ['paragraph', '后', 4]]],
    ['bare text splits at blank lines', '第一段\n第一段续\n\n第二段 <b>粗</b>', [['paragraph', '第一段 第一段续', 4], ['paragraph', '第二段 粗', 7]]],
    ['ordered list items without links are paragraphs', '<ol><li>第一</li><li>第二</li></ol>', [['paragraph', '第一', 4], ['paragraph', '第二', 4]]],
    ['duplicate paragraphs are kept', '<p>同。</p><p>同。</p>', [['paragraph', '同。', 4], ['paragraph', '同。', 4]]],
    ['unclosed and mis-nested tags keep all their text', '<p>一<b>二<i>三</b>四</i>五<p>六<div>七', [['paragraph', '一二三四五', 4], ['paragraph', '六', 4], ['paragraph', '七', 4]]],
    ['comments are not text', '<p>看<!-- 注释 -->见</p>', [['paragraph', '看见', 4]]],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(brief(parse(html).paragraphs)).toEqual(expected);
  });
});

describe('htmlToParagraphs: related links, captions', () => {
  const cases: [string, string, unknown[][]][] = [
    ['a list item that is a link is a related article with its address', '<ul><li><strong><a href="https://www.example.com/a.html">标题一</a></strong></li></ul>', [['related', '标题一', 4, 'https://www.example.com/a.html']]],
    ['a relative link resolves against the article URL', '<ul><li><a href="b.html">标题二</a></li></ul>', [['related', '标题二', 4, 'https://www.example.com/news/2022/b.html']]],
    ['the link may wrap the bold headline', '<ul><li><a href="/c.html"><strong>标题 三</strong></a></li></ul>', [['related', '标题 三', 4, 'https://www.example.com/c.html']]],
    ['a list item that is mostly prose stays a paragraph', '<ul><li>据报道，<a href="/d.html">此处</a>有很多很多其他的说明文字。</li></ul>', [['paragraph', '据报道，此处有很多很多其他的说明文字。', 4]]],
    ['a figure gives its figcaption once, never the image', '<figure><img alt="说明。" title="说明。" src="x.jpg"/><figcaption>说明。</figcaption><a data-caption="说明。" title="说明。" href="x.jpg"><img src="z.png"/></a></figure>', [['caption', '说明。', 4]]],
    ['a <p> wrapping a figure gives the caption, not an empty paragraph', '<p><figure><img alt="图说。" src="x.jpg"/></figure></p>', [['caption', '图说。', 4]]],
    ['without figcaption the alt text is the caption; title="1" is junk', '<figure><img alt="" title="1" src="x.jpg"/><div data-caption="数据说明。"></div></figure>', [['caption', '数据说明。', 4]]],
    ['a file name or an address is not a caption', '<figure><img title="photo.jpg" alt="https://x.example/y.jpg" src="y.jpg"/></figure>', []],
    ['a figure inside a paragraph splits the paragraph around it', '<div>前文<figure><figcaption>图。</figcaption></figure>后文</div>', [['paragraph', '前文', 4], ['caption', '图。', 4], ['paragraph', '后文', 4]]],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(brief(parse(html).paragraphs)).toEqual(expected);
  });

  it('keeps the headline of a link with a refused address and says so', () => {
    const result = parse('<ul>\n<li><a href="javascript:alert(1)">标题</a></li></ul>');
    expect(brief(result.paragraphs)).toEqual([['related', '标题', 5]]);
    expect(result.diagnostics).toEqual([
      {
        file: 'seeds/t.txt',
        line: 5,
        severity: 'warning',
        message: 'related link “标题” has an unusable address (javascript: addresses are not allowed); kept the headline without a link',
      },
    ]);
  });
});

describe('htmlToParagraphs: hostile markup never reaches the text', () => {
  const hostile = [
    '<script>SCRIPT</script>',
    '<style>STYLE</style>',
    '<template><p>TEMPLATE</p></template>',
    '<noscript>NOSCRIPT</noscript>',
    '<iframe>IFRAME</iframe>',
    '<object>OBJECT</object>',
    '<svg><text>SVG</text></svg>',
    '<math><mi>MATH</mi></math>',
    '<head><title>TITLE</title><meta content="META"></head>',
    '<textarea>TEXTAREA</textarea>',
    '<select><option>OPTION</option></select>',
    '<p>ok<script>document.write("<p>INJECTED</p>")</script></p>',
    '<scr<script>x</script>ipt>',
  ];
  it.each(hostile)('drops %s', (html) => {
    const text = parse(`<p>正文</p>${html}<p>结尾</p>`).paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|OBJECT|SVG|MATH|TITLE|META|TEXTAREA|OPTION|INJECTED/);
    expect(text).toContain('正文');
    expect(text).toContain('结尾');
  });

  it('reports removed active content as a warning on its line, once per kind', () => {
    const result = parse('<p>a</p>\n<script>1</script><script>2</script>\n<style>x</style>');
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 5, 'removed 2 <script> elements (the first here); active content is never shown'],
      ['info', 6, 'removed the <style> element; its content is not article text'],
    ]);
  });

  it('takes the document title from <title>, then <h1>', () => {
    expect(parse('<head><title>文档标题</title></head><h1>大标题</h1>').documentTitle).toBe('文档标题');
    expect(parse('<h1>大标题</h1><p>正文</p>').documentTitle).toBe('大标题');
    expect(parse('<p>正文</p>').documentTitle).toBeNull();
  });
});

describe('markup nested too deep', () => {
  it('measures nesting from tag names, ignoring void and optional-end elements', () => {
    expect(approximateNestingDepth('<div><div><p>a<br><img src=x></div></div>')).toBe(2);
    expect(approximateNestingDepth('<p>a<p>b<p>c<li>d<li>e')).toBe(0);
    expect(approximateNestingDepth('<b><i><u>x</u></i></b>')).toBe(3);
  });

  it('reads the text without parsing, and says so', () => {
    const depth = MAX_NESTING_DEPTH + 1;
    // Only bodies over 32 KB are scanned for depth; a long comment makes this one big enough.
    const padding = `<!--${'x'.repeat(33 * 1024)}-->`;
    const html = '<div>'.repeat(depth) + '<p>深处&amp;文字</p><script>SCRIPT</script>\n<p>下一段</p>' + '</div>'.repeat(depth) + padding;
    const result = parse(html);
    expect(brief(result.paragraphs)).toEqual([['paragraph', '深处&文字', 4], ['paragraph', '下一段', 5]]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', line: 4 });
    // 1001 <div>s with a <script> inside them: 1002 levels (<p> may be left open, so it does not count).
    expect(result.diagnostics[0]!.message).toMatch(/nested about 1002 levels deep/);
  });

  it('drops scripts with their content but keeps the text after a void <meta>', () => {
    const padding = `<!--${'x'.repeat(33 * 1024)}-->`;
    const html = '<b>'.repeat(MAX_NESTING_DEPTH + 1) + '<meta charset="utf-8"><p>前</p><script>SCRIPT<p>X</p></script><p>后</p>' + padding;
    expect(brief(parse(html).paragraphs)).toEqual([['paragraph', '前', 4], ['paragraph', '后', 4]]);
  });
});
