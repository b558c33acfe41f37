'use strict';
// 生成 data/ clean/ bad/ spec/ ANSWERS.tsv。用法：node gen.cjs [输出目录]（默认本目录）
process.env.TZ = 'UTC';
const fs = require('fs'), path = require('path'), cp = require('child_process'), crypto = require('crypto');
const YAML = require('/work/main/node_modules/yaml');
const { expand } = require('./lib/core.cjs');
const { buildDocx } = require('./lib/docx.cjs');
const OUT = path.resolve(process.argv[2] || __dirname);
for (const d of ['data', 'clean', 'bad', 'spec', 'src']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
const units = fs.readdirSync(path.join(__dirname, 'src')).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort().map((f) => require(path.join(__dirname, 'src', f)));

function yamlOf(u) {
  const doc = new YAML.Document(u.data);
  YAML.visit(doc, { Map(_, node, p) { if (p.length > 2 && JSON.stringify(node.toJSON()).length < 150) node.flow = true; }, Seq(_, node, p) { if (p.length > 2 && JSON.stringify(node.toJSON()).length < 90 && node.items.every((x) => !YAML.isMap(x))) node.flow = true; } });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return '# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json\n' + u.header.trim().split('\n').map((l) => '# ' + l).join('\n').replace(/# $/gm, '#') + '\n\n' + body;
}
function renderText(u, variant) {
  const ctx = { d: u.data, figs: [], unit: u.id };
  let s = expand(u.tpl, variant, ctx, 'text');
  if (/[\u0001\u0002‖]/.test(s)) throw new Error('control char in text ' + u.id);
  return { buf: Buffer.from(s, 'utf8'), figs: ctx.figs };
}
async function renderDocx(u, variant) {
  const ctx = { d: u.data, figs: [], unit: u.id };
  const buf = await buildDocx(u.doc, variant, ctx);
  return { buf, figs: ctx.figs };
}
function toPdf(docxBuf, name) {
  const tmp = fs.mkdtempSync('/tmp/zm-pdf-');
  fs.writeFileSync(path.join(tmp, name + '.docx'), docxBuf);
  cp.execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + tmp + '/profile', '--convert-to', 'pdf', '--outdir', tmp, path.join(tmp, name + '.docx')], { stdio: 'ignore' });
  let pdf = fs.readFileSync(path.join(tmp, name + '.pdf')).toString('latin1');
  fs.rmSync(tmp, { recursive: true, force: true });
  // 固定时间戳与 ID（等长替换）
  pdf = pdf.replace(/\/(CreationDate|ModDate)\(D:[^)]*\)/g, (m, k) => { const inner = m.slice(m.indexOf('(') + 1, -1); return `/${k}(` + 'D:20250318020000Z'.padEnd(inner.length, ' ').slice(0, inner.length) + ')'; });
  pdf = pdf.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</g, (m, k) => { const inner = m.slice(m.indexOf('>') + 1, -1); return `<xmp:${k}>` + '2025-03-18T02:00:00Z'.padEnd(inner.length, ' ').slice(0, inner.length) + '<'; });
  pdf = pdf.replace(/\/DocChecksum \/[0-9A-F]+/g, (m) => m.replace(/[0-9A-F]+$/, (h) => '0'.repeat(h.length)));
  const md5 = crypto.createHash('md5').update(pdf.replace(/\/ID \[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]/g, '')).digest('hex').toUpperCase();
  pdf = pdf.replace(/\/ID \[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a, b) => m.replace(a, md5.slice(0, a.length).padEnd(a.length, '0')).replace(b, md5.slice(0, b.length).padEnd(b.length, '0')));
  return Buffer.from(pdf, 'latin1');
}
(async () => {
  const answers = [['file', 'format', 'clean_text', 'bad_text', 'where', 'source', 'value', 'needs_data', 'internal', 'why'].join('\t')];
  for (const u of units) {
    fs.writeFileSync(path.join(OUT, 'data', u.file + '.yaml'), yamlOf(u));
    const isDoc = u.fmt === 'docx' || u.fmt === 'pdf';
    const render = isDoc ? renderDocx : renderText;
    const clean = await render(u, 'clean');
    const ext = u.fmt;
    const conv = (r, name) => u.fmt === 'pdf' ? toPdf(r.buf, name) : r.buf;
    fs.writeFileSync(path.join(OUT, 'clean', u.file + '.' + ext), conv(clean, u.file));
    if (u.fmt === 'pdf') fs.writeFileSync(path.join(OUT, 'src', u.file + '.docx'), clean.buf);
    for (const v of ['a', 'b']) {
      const r = await render(u, v);
      const name = `${u.file}-${v}`;
      fs.writeFileSync(path.join(OUT, 'bad', name + '.' + ext), conv(r, name));
      if (u.fmt === 'pdf') fs.writeFileSync(path.join(OUT, 'src', name + '.docx'), r.buf);
      const ch = r.figs.filter((f) => f.changed === v);
      if (ch.length !== 1) throw new Error(`${name}: ${ch.length} changed figures`);
      const f = ch[0], i = r.figs.indexOf(f);
      const before = r.figs.slice(Math.max(0, i - 2), i).map((x) => x.text).join(' … ');
      answers.push([`bad/${name}.${ext}`, ext, f.text, f.bad[v].text, `${f.where}; 第${i + 1}个登记数字; 前面的数字: ${before}`, f.src, +f.value.toFixed(6), f.bad[v].internal === 'no' ? 'yes' : 'no', f.bad[v].internal, f.bad[v].why].join('\t'));
    }
    const spec = { id: u.id, file: `clean/${u.file}.${ext}`, data: `data/${u.file}.yaml`, format: ext, kind: u.data.kind, level: u.level, unit: u.data.meta.unit,
      project: u.data.meta.project || null, sector: u.sector, styles: u.styles, notes: u.notes || [],
      counts: { figures: clean.figs.length, checked: clean.figs.filter((f) => !f.skip).length, skip: clean.figs.filter((f) => f.skip).length },
      figures: clean.figs.map((f) => { const o = { ...f }; if (typeof o.value === 'number') o.value = +o.value.toFixed(8); return o; }) };
    if (u.fmt === 'pdf') spec.sourceDocx = `src/${u.file}.docx`;
    fs.writeFileSync(path.join(OUT, 'spec', u.id + '.json'), JSON.stringify(spec, null, 1) + '\n');
  }
  fs.writeFileSync(path.join(OUT, 'ANSWERS.tsv'), answers.join('\n') + '\n');
  console.log('generated', units.length, 'units into', OUT);
})().catch((e) => { console.error(e); process.exit(1); });
