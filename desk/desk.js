// The desk's page: three flows, each a few calls to the desk's server, which calls the same library
// functions as the CLI. No framework and nothing from outside: the page works offline.
import { fieldsFor, inputFor, kinds, kindSections, nodeAt, scalarInfo, splitPath, typeFor, labelOf } from './schema-form.js';

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children.filter((c) => c !== undefined && c !== null));
  return e;
};

let schema;
let config;
let profiles;

async function api(method, url, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    throw new Error('连不上 jixiao desk：它可能已停止，请在终端重新运行 jixiao desk');
  }
  const text = await res.text();
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`服务器的回答无法读取（${res.status}）`);
  }
  if (!res.ok || data.error) throw new Error((data.error?.lines ?? [`出错了（${res.status}）`]).join('\n'));
  return data;
}

function list(items, cls) {
  return el('ul', { className: cls }, ...items.map((t) => el('li', { textContent: t })));
}

/** An error shown where the flow is (and the rest of the page keeps working). */
function showError(box, err) {
  box.replaceChildren(el('div', { className: 'error-box', textContent: err.message }));
  box.hidden = false;
}

function busy(form, on) {
  for (const b of form.querySelectorAll('button[type="submit"]')) b.disabled = on;
}

// ---- tabs ---------------------------------------------------------------------------------

for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll('[role="tab"]')) {
      t.setAttribute('aria-selected', String(t === tab));
      $(`#${t.dataset.panel}`).hidden = t !== tab;
    }
  });
}

// ---- write --------------------------------------------------------------------------------

const write = { job: undefined, kind: undefined, values: [], uploaded: undefined, imported: undefined };

const kindLabel = (kind) => kinds(schema).find((k) => k.kind === kind)?.label ?? kind ?? '（数据中未写明）';

/** A problem's field marks its row and the rows inside it (budget marks budget.total). */
const marked = (path, problemPaths) => problemPaths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));

/** A draft made before the kind or profile changed is no longer what the page says: it goes. */
function dropDraft() {
  $('#draft-result').hidden = true;
  $('#write-side').hidden = true;
}

function renderRead(r) {
  // A re-read after a fix keeps what the import of this job found (the cells read, those left out).
  if (r.imported === undefined && write.job === r.job) r.imported = write.imported;
  write.imported = r.imported;
  write.job = r.job;
  write.kind = r.kind;
  write.values = r.values;
  $('#write-read').hidden = false;
  $('#write-read .scroll').hidden = false;
  $('#draft-form').hidden = false;
  $('#kind-select').value = r.kind ?? '';
  renderProfiles(r.uses);
  $('#draft-uses').textContent = r.uses ? `成效与指标按“${r.uses.framework.name}”归类。` : '';
  const im = r.imported;
  $('#write-summary').textContent = im
    ? `已读入 ${im.tables.join('、')}：写入 ${im.placed} 个值（每个值注明来源单元格）${im.toFill.length ? `；待填 ${im.toFill.length} 处（${im.toFill.join('、')}）` : ''}；${im.unplaced.length ? `未写入的单元格 ${im.unplaced.length} 处` : '表中每个非空单元格都已读入'}。数据文件：${r.dataFile}${r.prior ? `；上年报告：${r.prior}` : ''}`
    : `已读入数据文件 ${r.dataFile}：${r.values.length} 个值${r.prior ? `；上年报告：${r.prior}` : ''}`;
  $('#write-problems').replaceChildren(
    ...(r.errors
      ? [el('p', { className: 'bad', textContent: '还不能起草，请先在下表中改正标红的值（点“改”）：' }), list(r.problems, 'problems')]
      : [el('p', { className: 'ok', textContent: '数据可以起草。' }), ...(r.problems.length ? [list(r.problems, 'notes')] : [])]),
  );
  $('#draft-form button[type="submit"]').disabled = r.errors;
  const unplaced = im?.unplaced ?? [];
  $('#write-unplaced-n').textContent = `（${unplaced.length}）`;
  $('#write-unplaced').replaceChildren(...unplaced.map((u) => el('li', { textContent: `${u.where}：${u.text}（${u.reason}）` })));
  $('#write-unplaced-box').hidden = unplaced.length === 0;
  const body = $('#write-values tbody');
  body.replaceChildren();
  for (const v of r.values) {
    const node = schema ? nodeAt(schema, r.kind, splitPath(v.path)) : undefined;
    const todo = v.value === null || (typeof v.source === 'string' && v.source.includes('〔待填〕'));
    const edit = el('button', { type: 'button', textContent: '改', title: `修改 ${v.path}` });
    edit.dataset.path = v.path;
    edit.addEventListener('click', () => openEditor(v.path));
    const shown = v.path === 'kind' ? kindLabel(v.value) : v.value === null ? '（空）' : String(v.value);
    const tr = el('tr', { className: marked(v.path, r.problemPaths) ? 'bad' : todo ? 'todo' : '' },
      el('td', { className: 'path', textContent: v.path }),
      el('td', { textContent: v.path === 'kind' ? '报告类型' : node ? labelOf(node, '') : '' }),
      el('td', { className: 'value', textContent: shown }),
      el('td', { className: 'src', textContent: v.source ?? `第 ${v.line} 行` }),
      el('td', {}, edit));
    tr.dataset.path = v.path;
    body.append(tr);
  }
}

// ---- kind and scoring profile -------------------------------------------------------------

/** What changing the kind means: the parts only the new kind has, and those of the data it does not take. */
function kindNote(from, to) {
  const { added, dropped } = kindSections(schema, from, to, write.values.map((v) => splitPath(v.path)[0]));
  const items = [];
  if (added.length) items.push(el('li', { textContent: `“${kindLabel(to)}”另有这些部分：${added.map((a) => `${a.label}（${a.key}）`).join('、')}。数据中还没有它们，可在数据文件中补上，或上传填好的对应自评表。` }));
  if (dropped.length) items.push(el('li', { className: 'bad', textContent: `数据中的 ${dropped.map((a) => `${a.label}（${a.key}）`).join('、')} 不属于“${kindLabel(to)}”：须删去，或改回“${kindLabel(from)}”。` }));
  if (!items.length) items.push(el('li', { textContent: '两种报告的数据项相同，只是报告的结构和成效的归类不同。' }));
  return [el('p', { textContent: `已把报告类型由“${kindLabel(from)}”改为“${kindLabel(to)}”，并重新核对了数据：` }), el('ul', {}, ...items)];
}

$('#kind-select').addEventListener('change', async (e) => {
  const select = e.currentTarget;
  const from = write.kind;
  const to = select.value;
  const note = $('#kind-note');
  select.disabled = true;
  try {
    renderRead(await api('POST', `/api/jobs/${write.job}/values`, { changes: [{ path: 'kind', value: to, type: 'string' }] }));
    note.replaceChildren(...kindNote(from, to));
    note.hidden = false;
    dropDraft();
  } catch (err) {
    select.value = from;
    showError(note, err);
  } finally {
    select.disabled = false;
  }
});

/** The profile choices: the data's own, each built-in one, or a file of one's own. */
function renderProfiles(uses) {
  const select = $('#profile-select');
  const keep = select.value;
  select.replaceChildren(
    new Option(uses ? `按数据文件：${uses.profile.name}` : '按数据文件（缺省为内置规则 national）', ''),
    ...profiles.builtin.map((p) => new Option(`${p.name}（内置：${p.id}）`, p.id)),
    new Option(write.uploaded ? `上传的评分规则：${write.uploaded.name}（${write.uploaded.file}）` : '上传评分规则文件（.yaml）…', profiles.uploaded),
  );
  select.value = [...select.options].some((o) => o.value === keep) ? keep : '';
  showProfileUpload();
}

function showProfileUpload() {
  const upload = $('#profile-select').value === profiles.uploaded;
  $('#profile-upload').hidden = !upload;
  const errors = write.uploaded === undefined && upload;
  $('#draft-form button[type="submit"]').title = errors ? '请先上传评分规则文件' : '';
}

$('#profile-select').addEventListener('change', () => {
  dropDraft();
  showProfileUpload();
});

$('#profile-upload input[type="file"]').addEventListener('change', async (e) => {
  const input = e.currentTarget;
  const file = input.files?.[0];
  if (!file) return;
  const box = $('#profile-result');
  const body = new FormData();
  body.append('profile', file);
  box.replaceChildren(el('p', { className: 'hint', textContent: `正在读取 ${file.name}…` }));
  write.uploaded = undefined;
  dropDraft();
  try {
    write.uploaded = await api('POST', `/api/jobs/${write.job}/profile`, body);
    box.replaceChildren(el('p', { className: 'ok', textContent: `已读入评分规则“${write.uploaded.name}”（${write.uploaded.file}）：起草时按它计分。` }));
  } catch (err) {
    showError(box, err);
  } finally {
    input.value = '';
    const select = $('#profile-select');
    select.options[select.options.length - 1].textContent = write.uploaded ? `上传的评分规则：${write.uploaded.name}（${write.uploaded.file}）` : '上传评分规则文件（.yaml）…';
    showProfileUpload();
  }
});

/** The form for the object holding this value, generated from the schema. */
function openEditor(path) {
  const parts = splitPath(path);
  const parent = parts.slice(0, -1);
  const values = new Map(write.values.map((v) => [v.path, v.value]));
  let fields = fieldsFor(schema, write.kind, parent, values);
  if (!fields.some((f) => f.path === path)) {
    const info = scalarInfo(nodeAt(schema, write.kind, parts)) ?? { types: ['string'], description: '' };
    fields = [{ key: parts.at(-1), path, label: path, info, value: values.get(path) }];
  }
  const box = $('#write-edit');
  const form = el('form', { className: 'editor' });
  form.append(el('h3', { textContent: `修改 ${parent.length ? parent.join('.').replace(/\.(\d+)/g, '[$1]') : '（顶层）'}` }));
  const inputs = [];
  for (const f of fields) {
    const input = inputFor(f);
    inputs.push([input, f]);
    form.append(el('div', { className: 'field' }, el('label', {}, `${f.label}${f.info.required ? '（必填）' : ''} `, el('span', { className: 'key', textContent: f.key }), input)));
  }
  const errors = el('div');
  form.append(errors, el('button', { type: 'submit', textContent: '保存并重新核对' }), ' ', el('button', { type: 'button', textContent: '关闭', onclick: () => { box.hidden = true; } }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const changes = inputs.filter(([i]) => i.value !== i.dataset.original).map(([i, f]) => ({ path: f.path, value: i.value, type: typeFor(f.info, i.value) }));
    if (changes.length === 0) {
      box.hidden = true;
      return;
    }
    busy(form, true);
    try {
      const r = await api('POST', `/api/jobs/${write.job}/values`, { changes });
      renderRead(r);
      box.hidden = true;
    } catch (err) {
      showError(errors, err);
    } finally {
      busy(form, false);
    }
  });
  box.replaceChildren(form);
  box.hidden = false;
  inputs.find(([, f]) => f.path === path)?.[0].focus();
}

$('#write-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  busy(form, true);
  $('#draft-result').hidden = true;
  $('#write-side').hidden = true;
  $('#kind-note').hidden = true;
  $('#profile-result').replaceChildren();
  write.uploaded = undefined;
  $('#profile-select').value = '';
  try {
    renderRead(await api('POST', '/api/write', new FormData(form)));
  } catch (err) {
    $('#write-read').hidden = false;
    $('#draft-form').hidden = true;
    $('#write-summary').textContent = '';
    $('#write-values tbody').replaceChildren();
    $('#write-unplaced-box').hidden = true;
    $('#write-read .scroll').hidden = true;
    showError($('#write-problems'), err);
  } finally {
    busy(form, false);
  }
});

/** Polls a job's progress while `running` is pending. */
function follow(job, onState) {
  let stop = false;
  const tick = async () => {
    if (stop) return;
    try {
      onState(await api('GET', `/api/jobs/${job}`));
    } catch {
      /* the next tick tries again */
    }
    if (!stop) setTimeout(tick, 300);
  };
  setTimeout(tick, 300);
  return () => {
    stop = true;
  };
}

$('#draft-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  const llm = form.elements.llm.checked && config.llm !== null;
  busy(form, true);
  $('#draft-progress').replaceChildren();
  $('#draft-cancel').hidden = !llm;
  $('#draft-status').hidden = !llm;
  $('#draft-bar').value = 0;
  $('#draft-count').textContent = llm ? '润色：正在准备…' : '';
  const showEvents = (events) => $('#draft-progress').replaceChildren(...events.map((t) => el('li', { textContent: t, className: /改用模板原文/.test(t) ? 'fallback' : '' })));
  const showState = (s) => {
    showEvents(s.events);
    if (s.progress) {
      $('#draft-bar').max = s.progress.total || 1;
      $('#draft-bar').value = s.progress.done;
      $('#draft-count').textContent = `润色：${s.progress.done}/${s.progress.total} 段已完成`;
    }
  };
  // The model's progress as it happens: the job is polled while the draft request runs.
  const stop = llm ? follow(write.job, showState) : () => {};
  try {
    const r = await api('POST', `/api/jobs/${write.job}/draft`, { profile: form.elements.profile.value, llm });
    stop();
    showEvents(r.events);
    if (llm) $('#draft-status').hidden = true;
    renderDraft(r);
  } catch (err) {
    $('#draft-result').hidden = false;
    $('#draft-summary').textContent = '';
    $('#draft-result .downloads').hidden = true;
    $('#draft-prose').replaceChildren();
    showError($('#draft-problems'), err);
  } finally {
    stop();
    busy(form, false);
    $('#draft-cancel').hidden = true;
  }
});
$('#draft-cancel').addEventListener('click', () => api('POST', `/api/jobs/${write.job}/cancel`).catch(() => {}));

function renderDraft(r) {
  const base = `/api/jobs/${r.job}/files`;
  $('#draft-result').hidden = false;
  $('#draft-result .downloads').hidden = false;
  $('#draft-summary').textContent = `已生成 ${r.files.docx}：数字 ${r.figures} 处${r.todo ? `，待补 ${r.todo} 处` : ''}${r.review ? `，待核 ${r.review} 处` : ''}；得分按“${r.profile}”核算${r.checked ? `；审阅页：数字 ${r.checked.figures} 处，与数据一致 ${r.checked.bound}` : ''}`;
  $('#dl-docx').href = `${base}/docx`;
  $('#dl-md').href = `${base}/md`;
  $('#open-page').href = `${base}/page`;
  const prose = r.prose
    ? [el('h3', { textContent: `润色：${r.prose.parts.filter((p) => p.status !== 'fallback').length}/${r.prose.parts.length} 段采用模型文字` }),
      list(r.prose.parts.map((p) => `${p.title}：${p.status === 'fallback' ? `改用模板原文（${p.reason ?? '模型未给出可用的改写'}）` : p.status === 'cached' ? '模型文字（缓存）' : '模型文字'}`), 'notes')]
    : [];
  $('#draft-prose').replaceChildren(...prose);
  $('#draft-problems').replaceChildren(
    ...(r.problems.length ? [el('p', { textContent: '数据中的问题（报告保留填写值，已在稿中相应数字处标注〔待核〕，请核对）：' }), list(r.problems, 'problems')] : []),
    ...(r.notes.length ? [el('p', { textContent: '提示：' }), list(r.notes, 'notes')] : []),
  );
  $('#draft-unused-n').textContent = `（${r.unused.length}）`;
  $('#draft-unused').parentElement.hidden = r.unused.length === 0;
  $('#draft-unused').replaceChildren(...r.unused.map((t) => el('li', { textContent: t })));
  $('#write-side').hidden = false;
  $('#write-page').src = `${base}/page`;
}

// ---- update -------------------------------------------------------------------------------

/**
 * Two versions of a sentence with what differs marked (a longest common subsequence of their
 * tokens), so the changed figure stands out in a long sentence. Display only.
 */
function marks(a, b) {
  // A number is one token (1864.05 → 1800.05 is marked whole), any other character its own.
  const tokens = (t) => t.match(/\d[\d.,]*%?|[\s\S]/gu) ?? [];
  const A = tokens(a);
  const B = tokens(b);
  if (A.length * B.length > 400_000) return [[a], [b]];
  const L = Array.from({ length: A.length + 1 }, () => new Uint16Array(B.length + 1));
  for (let i = A.length - 1; i >= 0; i--) for (let j = B.length - 1; j >= 0; j--) L[i][j] = A[i] === B[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const was = [];
  const now = [];
  const push = (out, text, changed) => {
    const last = out.at(-1);
    if (last !== undefined && last.changed === changed) last.text += text;
    else out.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < A.length || j < B.length) {
    if (i < A.length && j < B.length && A[i] === B[j]) {
      push(was, A[i++], false);
      push(now, B[j++], false);
    } else if (j < B.length && (i === A.length || L[i][j + 1] >= L[i + 1][j])) push(now, B[j++], true);
    else push(was, A[i++], true);
  }
  const nodes = (parts, tag) => parts.map((p) => (p.changed ? el(tag, { textContent: p.text }) : document.createTextNode(p.text)));
  return [nodes(was, 'del'), nodes(now, 'ins')];
}

$('#update-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  busy(form, true);
  const box = $('#update-result');
  try {
    const r = await api('POST', '/api/update', new FormData(form));
    const base = `/api/jobs/${r.job}/files`;
    box.hidden = false;
    $('#update-summary').textContent = r.summary;
    $('#update-result .downloads').hidden = false;
    $('#dl-updated').href = `${base}/updated`;
    $('#open-update-page').href = `${base}/page`;
    $('#update-changes').hidden = false;
    $('#update-changes tbody').replaceChildren(...r.changes.map((c) => {
      const [was, now] = marks(c.old ?? '', c.new ?? '');
      return el('tr', {}, el('td', { textContent: String(c.line) }), el('td', { textContent: c.kind }), el('td', { className: 'old' }, ...was), el('td', { className: 'new' }, ...now));
    }));
    const notes = [...r.review.map((n) => `第 ${n.line} 行 [${n.code}] ${n.message}\n    ${n.sentence}`), ...r.unresolved.map((n) => `第 ${n.line} 行 [${n.code}] ${n.message}\n    ${n.sentence}`)];
    $('#update-review').replaceChildren(...(notes.length ? [el('p', { textContent: '需要人工核对：' }), list(notes, 'problems')] : []));
    $('#update-side').hidden = false;
    $('#update-page').src = `${base}/page`;
  } catch (err) {
    box.hidden = false;
    $('#update-summary').textContent = '';
    $('#update-result .downloads').hidden = true;
    $('#update-changes').hidden = true;
    showError($('#update-review'), err);
  } finally {
    busy(form, false);
  }
});

// ---- check --------------------------------------------------------------------------------

let checkJob;
$('#check-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  busy(form, true);
  const box = $('#check-result');
  box.hidden = false;
  $('#check-rows tbody').replaceChildren();
  $('#check-downloads').replaceChildren();
  try {
    const { job, total } = await api('POST', '/api/check', new FormData(form));
    checkJob = job;
    $('#check-bar').max = total;
    $('#check-cancel').hidden = false;
    await new Promise((resolve) => {
      const stop = follow(job, (s) => {
        renderRows(job, s);
        if (s.status !== 'running') {
          stop();
          resolve();
        }
      });
    });
  } catch (err) {
    showError($('#check-downloads'), err);
  } finally {
    busy(form, false);
    $('#check-cancel').hidden = true;
  }
});
$('#check-cancel').addEventListener('click', () => checkJob && api('POST', `/api/jobs/${checkJob}/cancel`).catch(() => {}));

function renderRows(job, s) {
  $('#check-bar').value = s.rows.length;
  const state = { running: '检查中', done: '完成', cancelled: '已取消', failed: '出错' }[s.status] ?? s.status;
  $('#check-count').textContent = `${s.rows.length}/${s.total}（${state}）`;
  if (s.error) showError($('#check-downloads'), new Error(s.error.lines.join('\n')));
  else if (s.status === 'done' || s.status === 'cancelled') {
    const base = `/api/jobs/${job}`;
    $('#check-downloads').replaceChildren(
      el('a', { id: 'dl-summary', href: `${base}/files/summary`, download: '', textContent: '下载汇总表（.xlsx）' }), ' ',
      el('a', { id: 'open-overview', href: `${base}/overview/index.html`, target: '_blank', textContent: '在新窗口打开总览页' }));
  }
  $('#check-rows thead').replaceChildren(el('tr', {}, ...s.columns.map((h) => el('th', { textContent: h })), el('th')));
  $('#check-rows tbody').replaceChildren(...s.rows.map((r) => {
    const open = r.page !== undefined ? el('a', { href: `/api/jobs/${job}/files/page-${r.page}`, target: '_blank', textContent: '审阅页' }) : '';
    const tr = el('tr', { className: r.unreadable ? 'unreadable' : '' }, ...r.cells.map((c) => el('td', { textContent: String(c) })), el('td', {}, open));
    if (r.errors) tr.children[6]?.classList.add('bad');
    return tr;
  }));
}

// ---- start --------------------------------------------------------------------------------

[config, schema, profiles] = await Promise.all([api('GET', '/api/config'), api('GET', '/api/schema'), api('GET', '/api/profiles')]);
$('#kind-select').replaceChildren(...kinds(schema).map((k) => new Option(k.label, k.kind)));
for (const s of document.querySelectorAll('.max-upload')) s.textContent = config.maxUpload;
if (config.llm) {
  $('#llm-switch').hidden = false;
  $('#llm-model').textContent = `（模型：${config.llm.model}）`;
}
document.body.dataset.ready = 'true';
