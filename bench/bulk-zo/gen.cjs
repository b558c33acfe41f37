'use strict';
// 生成 data/ clean/ bad/ spec/ ANSWERS.tsv 和 src/ 下 PDF 的源 docx。用法：node gen.cjs [输出目录]
process.env.TZ = 'UTC';
const fs = require('fs'), path = require('path'), cp = require('child_process'), crypto = require('crypto');
const YAML = require('/work/main/node_modules/yaml');
const core = require('./lib/core.cjs'), docx = require('./lib/docx.cjs');
const OUT = path.resolve(process.argv[2] || __dirname);
for (const d of ['data', 'clean', 'bad', 'spec', 'src']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
const r2 = x => Math.round(x * 100) / 100;
const N = x => Number(String(x).replace(/,/g, ''));
function fail(u, msg) { throw new Error(u.id + '：' + msg); }
function validate(u) {
  const d = u.data, b = d.budget;
  if (b.initial != null && b.adjustments) {
    const t = b.adjustments.reduce((s, a) => s + (a.type === '追加' ? 1 : -1) * N(a.amount), N(b.initial));
    if (Math.abs(t - N(b.total)) > 1e-6) fail(u, '年初 ± 调整 ≠ 全年 ' + t);
  }
  if (b.carryover != null && Math.abs(N(b.total) - N(b.actual) - N(b.carryover)) > 1e-6) fail(u, '全年 − 执行 ≠ 结余');
  if (b.rate != null && Math.abs(N(b.rate) - r2(N(b.actual) / N(b.total) * 100)) > 1e-9) fail(u, 'rate');
  let W = 0, S = 0;
  for (const [i, ind] of d.indicators.entries()) {
    const want = core.ruleScore(ind);
    if (want === null || Math.abs(want - N(ind.score)) > 1e-9) fail(u, `指标${i} ${ind.name} 得分应为 ${want}`);
    if (N(ind.score) < N(ind.weight) && !ind.deviation) fail(u, `指标${i} 未达成而无 deviation`);
    W += N(ind.weight); S += N(ind.score);
  }
  const br = d.budgetRate; W += N(br.weight);
  const want = r2(Math.min(N(b.actual) / N(b.total) * 100, 100) * N(br.weight) / 100);
  if (Math.abs(want - N(br.score)) > 1e-9) fail(u, '预算执行率得分应为 ' + want);
  S = r2(S + N(br.score));
  if (W !== 100) fail(u, '分值合计 ' + W);
  const ss = d.scoreSummary;
  if (ss) { if (ss.weightTotal != null && N(ss.weightTotal) !== 100) fail(u, 'weightTotal'); if (Math.abs(N(ss.scoreTotal) - S) > 1e-9) fail(u, '总分应为 ' + S); if (ss.grade !== core.grade(S)) fail(u, '等级'); }
  if (u.verify) u.verify(d, (ok, m) => { if (!ok) fail(u, m); });
}
function fixPdf(buf) {
  let s = buf.toString('latin1');
  s = s.replace(/\/(CreationDate|ModDate)\s*\(D:[^)]*\)/g, (m, k) => { const v = `/${k}(D:20250408013000Z)`; return v + ' '.repeat(Math.max(0, m.length - v.length)); });
  s = s.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<\/)/g, (m, a, v, c) => a + '2025-04-08T01:30:00Z'.padEnd(v.length, ' ') + c);
  s = s.replace(/(<\/?xmpMM:(?:DocumentID|InstanceID)>)/g, '$1');
  s = s.replace(/(<xmpMM:(?:DocumentID|InstanceID)>)([^<]*)(<\/)/g, (m, a, v, c) => a + 'uuid:00000000-0000-0000-0000-000000000000'.padEnd(v.length, ' ').slice(0, v.length) + c);
  s = s.replace(/\/DocChecksum\s*\/[0-9A-F]+/g, m => m.replace(/[0-9A-F]+$/, x => '0'.repeat(x.length)));
  const noId = s.replace(/\/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]/g, '');
  const h = crypto.createHash('md5').update(noId, 'latin1').digest('hex').toUpperCase();
  s = s.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, x, y) => m.replace(x, h.slice(0, x.length).padEnd(x.length, '0')).replace(y, h.slice(0, y.length).padEnd(y.length, '0')));
  return Buffer.from(s, 'latin1');
}
function toPdf(docxPath, outPdf) {
  const tmp = fs.mkdtempSync('/tmp/zo-pdf-');
  cp.execFileSync('soffice', ['-env:UserInstallation=file://' + tmp + '/profile', '--headless', '--convert-to', 'pdf', '--outdir', tmp, docxPath], { stdio: 'ignore' });
  const pdf = path.join(tmp, path.basename(docxPath).replace(/\.docx$/, '.pdf'));
  fs.writeFileSync(outPdf, fixPdf(fs.readFileSync(pdf)));
  fs.rmSync(tmp, { recursive: true, force: true });
}
(async () => {
  const units = fs.readdirSync(path.join(__dirname, 'src')).filter(f => /^\d\d-.*\.cjs$/.test(f)).sort().map(f => require('./src/' + f));
  const answers = [['file', 'format', 'clean_text', 'bad_text', 'where', 'source', 'value', 'needs_data', 'internal', 'why'].join('\t')];
  for (const u of units) {
    validate(u);
    const base = `${u.id}-${u.slug}`;
    const yaml = '# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json\n' + u.header.split('\n').map(l => l ? l : '#').join('\n') + '\n\n' + YAML.stringify(u.data, { lineWidth: 0 });
    fs.writeFileSync(path.join(OUT, 'data', base + '.yaml'), yaml);
    const ex = {}; for (const m of ['clean', 'a', 'b']) ex[m] = core.expand(u.body, u.data, m, u.format === 'docx' || u.format === 'pdf');
    const bads = ex.clean.bads; if (!bads.a || !bads.b) fail(u, '缺少 a 或 b 改动');
    const ext = u.format === 'pdf' ? 'pdf' : u.format;
    const where = u.format === 'md' || u.format === 'txt' ? 'text' : 'document';
    for (const m of ['clean', 'a', 'b']) {
      const file = m === 'clean' ? path.join(OUT, 'clean', base + '.' + ext) : path.join(OUT, 'bad', `${base}-${m}.${ext}`);
      if (u.format === 'md' || u.format === 'txt') fs.writeFileSync(file, ex[m].text);
      else {
        const { buf } = await docx.pack(ex[m].text, u.data.meta.title);
        if (u.format === 'docx') fs.writeFileSync(file, buf);
        else { const sd = path.join(OUT, 'src', base + (m === 'clean' ? '' : '-' + m) + '.docx'); fs.writeFileSync(sd, buf); toPdf(sd, file); }
      }
    }
    const figs = ex.clean.figs.map((f, i) => {
      const o = { n: i + 1, text: f.text, where };
      if (f.skip) o.skip = f.skip; else { o.src = f.src; o.value = Number(f.value.toPrecision(12)); if (f.cmp) o.cmp = f.cmp; if (f.cn != null) o.cn = f.cn; }
      if (f.label) o.label = f.label;
      if (f.bad) { o.bad = {}; for (const k of Object.keys(f.bad)) o.bad[k] = { text: f.bad[k].text, why: f.bad[k].why, internal: k === 'a' ? 'yes' : 'no' }; }
      return o;
    });
    const checked = figs.filter(f => !f.skip).length;
    const spec = { id: u.id, file: base + '.' + ext, data: base + '.yaml', format: u.format, kind: u.kind, level: u.level, unit: u.unit, project: u.project || null,
      sector: u.sector, styles: u.styles, notes: u.notes || '', counts: { figures: figs.length, checked, skipped: figs.length - checked },
      ...(u.format === 'pdf' ? { sourceDocx: 'src/' + base + '.docx' } : {}), relations: u.relations, figures: figs };
    fs.writeFileSync(path.join(OUT, 'spec', u.id + '.json'), JSON.stringify(spec, null, 1) + '\n');
    for (const k of ['a', 'b']) {
      const f = figs.find(x => x.bad && x.bad[k]);
      const prev = figs.filter(x => x.n < f.n).slice(-2).map(x => x.text).join(' / ');
      answers.push([`${base}-${k}.${ext}`, u.format, f.text, f.bad[k].text, `${where}；第${f.n}个；前：${prev}`, f.src, String(f.value), k === 'b' ? 'yes' : 'no', k === 'a' ? 'yes' : 'no', f.bad[k].why].join('\t'));
    }
    console.log(`${base}: ${figs.length} 个数字，核对 ${checked}，skip ${figs.length - checked}`);
  }
  fs.writeFileSync(path.join(OUT, 'ANSWERS.tsv'), answers.join('\n') + '\n');
})().catch(e => { console.error('生成失败：' + e.message); process.exit(1); });
