#!/usr/bin/env node
'use strict';
// 由 src/ 生成 data/ clean/ bad/ spec/ 和 bad/ANSWERS.tsv；确定性（可加输出目录参数，默认本目录）
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const crypto = require('crypto');
const YAML = require('/work/main/node_modules/yaml');
const R = require('./lib/render.cjs');

const START = Date.now() - 1000;
const HERE = __dirname;
const OUT = path.resolve(process.argv[2] || HERE);
for (const d of ['data', 'clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });

function yamlOf(u) {
  const head = '# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json\n' +
    u.yamlHeader.trim().split('\n').map((l) => '# ' + l).join('\n') + '\n\n';
  return head + YAML.stringify(u.data, { lineWidth: 0, flowCollectionPadding: true });
}
function encodeText(u, s) {
  if (u.eol === 'crlf') s = s.replace(/\n/g, '\r\n');
  const b = Buffer.from(s, 'utf8');
  return u.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b;
}
function normalizePdf(buf) {
  // 固定创建/修改时间和 /ID（等长替换，不动 xref 偏移）
  let s = buf.toString('latin1');
  s = s.replace(/\/(CreationDate|ModDate)\s*\(D:([^)]*)\)/g, (m, k, v) => '/' + k + '(D:' + v.replace(/\d/g, '0') + ')');
  s = s.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]*)</g, (m, k, v) => '<xmp:' + k + '>' + v.replace(/\d/g, '0') + '<');
  s = s.replace(/(xmpMM:(?:DocumentID|InstanceID)>)(uuid:)?([0-9a-f-]+)/g, (m, a, b, v) => a + (b || '') + v.replace(/[0-9a-f]/g, '0'));
  s = s.replace(/\/DocChecksum\s*\/([0-9A-Fa-f]+)/g, (m, v) => m.replace(v, '0'.repeat(v.length)));
  const zeroed = s.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a, b) => m.replace(a, '0'.repeat(a.length)).replace(b, '0'.repeat(b.length)));
  const h = crypto.createHash('md5').update(Buffer.from(zeroed, 'latin1')).digest('hex').toUpperCase();
  s = zeroed.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a, b) => m.replace(a, h.slice(0, a.length).padEnd(a.length, '0')).replace('<' + '0'.repeat(b.length) + '>', '<' + h.slice(0, b.length).padEnd(b.length, '0') + '>'));
  return Buffer.from(s, 'latin1');
}

async function main() {
  const units = fs.readdirSync(path.join(HERE, 'src')).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort().map((f) => require(path.join(HERE, 'src', f)));
  const answers = [['file', 'where', 'bad', 'original', 'fact', 'source', 'needs_data', 'internal'].join('\t')];
  const pdfJobs = [];
  const tmp = fs.mkdtempSync('/tmp/zl-gen-');
  for (const u of units) {
    const base = u.id + '-' + u.slug;
    fs.writeFileSync(path.join(OUT, 'data', base + '.yaml'), yamlOf(u));
    const { marked, figs } = R.expand(u.body, u.data);
    const badFigs = figs.map((f, i) => [f, i]).filter(([f]) => f.bad);
    const copies = ['a', 'b'].map((c) => {
      const hit = badFigs.filter(([f]) => f.bad.copy === c);
      if (hit.length !== 1) throw new Error(base + ' 错稿 ' + c + ' 改动数 ' + hit.length);
      return hit[0];
    });
    const ext = u.format;
    const render = async (over) => {
      if (ext === 'md' || ext === 'txt') {
        const r = R.renderText(marked, figs, over);
        return { buf: encodeText(u, r.text), pos: r.pos };
      }
      const r = R.renderDocx(marked, figs, over, { title: u.title, author: u.author, header: u.header, footer: u.footer });
      return { buf: await R.zipDocx(r.files), pos: r.pos };
    };
    const clean = await render({});
    const outExt = ext === 'pdf' ? 'pdf' : ext;
    if (ext === 'pdf') {
      fs.writeFileSync(path.join(HERE, 'src', base + '.docx'), clean.buf);
      if (OUT !== HERE) fs.mkdirSync(path.join(OUT, 'src'), { recursive: true }), fs.writeFileSync(path.join(OUT, 'src', base + '.docx'), clean.buf);
      fs.writeFileSync(path.join(tmp, base + '.docx'), clean.buf);
      pdfJobs.push([path.join(tmp, base + '.pdf'), path.join(OUT, 'clean', base + '.pdf')]);
    } else fs.writeFileSync(path.join(OUT, 'clean', base + '.' + outExt), clean.buf);
    for (const [f, i] of copies) {
      const c = f.bad.copy;
      const r = await render({ [i]: f.bad.new });
      const name = base + '-' + c;
      if (ext === 'pdf') {
        fs.writeFileSync(path.join(tmp, name + '.docx'), r.buf);
        pdfJobs.push([path.join(tmp, name + '.pdf'), path.join(OUT, 'bad', name + '.pdf')]);
      } else fs.writeFileSync(path.join(OUT, 'bad', name + '.' + outExt), r.buf);
      const p = r.pos[i];
      let where = p.line ? '行' + p.line + '列' + p.col : (p.part === 'document' ? '段落' : p.part === 'footnotes' ? '脚注段落' : '尾注段落') + p.para + '字' + p.col;
      if (ext === 'pdf') where = '源docx ' + where;
      answers.push(['bad/' + name + '.' + outExt, where, f.bad.new, f.text, f.bad.desc, f.source, f.bad.internal === 'yes' ? 'no' : 'yes', f.bad.internal].join('\t'));
    }
    const figures = figs.map((f, i) => {
      const p = clean.pos[i];
      const o = { n: i + 1, text: f.text };
      if (f.skip) o.skip = f.skip; else {
        o.source = f.source; o.value = f.value; o.decimals = f.decimals; o.fmt = f.fmt;
        for (const k of ['approx', 'written', 'style', 'cmp', 'literal', 'rel', 'note']) if (f[k] !== undefined) o[k] = f[k];
      }
      if (f.brk) o.brk = f.brk, o.writtenAs = p.written;
      Object.assign(o, p.line ? { line: p.line, col: p.col } : { part: p.part, para: p.para, col: p.col });
      o.pre = p.pre; o.after = p.after;
      if (f.bad) o.bad = f.bad;
      return o;
    });
    for (const x of u.extraSkips || []) figures.push(Object.assign({ n: figures.length + 1 }, x));
    const spec = {
      id: u.id, file: 'clean/' + base + '.' + outExt, data: 'data/' + base + '.yaml', format: outExt,
      encoding: u.bom ? 'utf-8-bom' : 'utf-8', eol: u.eol || 'lf', kind: u.data.kind, level: u.level, unit: u.data.meta.unit,
      project: u.data.meta.project || null, sector: u.sector, styles: u.styles,
      counts: { figures: figures.length, checked: figures.filter((f) => !f.skip).length, skip: figures.filter((f) => f.skip).length },
      figures,
    };
    if (ext === 'pdf') spec.sourceDocx = 'src/' + base + '.docx';
    fs.writeFileSync(path.join(OUT, 'spec', u.id + '.json'), JSON.stringify(spec, null, 1) + '\n');
  }
  if (pdfJobs.length) {
    const docs = fs.readdirSync(tmp).filter((f) => f.endsWith('.docx')).sort().map((f) => path.join(tmp, f));
    cp.execFileSync('soffice', ['-env:UserInstallation=file://' + tmp + '/lo', '--headless', '--convert-to', 'pdf', '--outdir', tmp].concat(docs), { stdio: 'pipe' });
    for (const [from, to] of pdfJobs) fs.writeFileSync(to, normalizePdf(fs.readFileSync(from)));
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('generated ' + units.length + ' units, ' + (answers.length - 1) + ' bad copies -> ' + OUT);
}
main().catch((e) => {
  console.error(e.stack || e);
  for (const d of fs.readdirSync('/tmp')) if (d.startsWith('zl-gen-')) { try { if (fs.statSync('/tmp/' + d).mtimeMs > START) fs.rmSync('/tmp/' + d, { recursive: true, force: true }); } catch (_) {} }
  process.exit(1);
});
