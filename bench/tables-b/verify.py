#!/usr/bin/env python3
"""Independent re-parse of clean/ and bad/ (does not import gen.py).

1. Parses every GFM table in clean/NN.md from the raw text.
2. Re-evaluates every relation listed in spec/NN.json on the parsed cell text
   (sums, a = b + c / a = b - c, rates, cross-table equalities, prose mentions).
3. Header-driven horizontal checks that do not use the spec at all
   (全年预算 = 年初预算 + 调整数, 可用资金 = 上年结转 + 预算, 结余, 执行率, 全年合计).
4. For bad/NN.md: exactly one line and one cell differ from clean, one digit
   substituted, matches ANSWERS.tsv, and at least one relation breaks clearly.
"""
import os, re, json, sys
from decimal import Decimal as D

BASE = os.path.dirname(os.path.abspath(__file__))
NUM = re.compile(r'^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|%|亩|万亩|人次|人|户|场|个|处|座|公里|间|份|批次|万头只|平方米|平方公里|条)?$')
DASHES = {'', '-', '—', '——', '－', '/', '–'}
problems = []


def bad(msg):
    problems.append(msg)


def num(t):
    t = t.strip()
    if t in DASHES:
        return None
    m = NUM.match(t)
    if not m:
        raise ValueError(t)
    return D(m.group(1) + m.group(2).replace(',', '') + ('.' + m.group(3) if m.group(3) else ''))


def isnum(t):
    try:
        num(t)
        return t.strip() not in DASHES
    except ValueError:
        return False


def cells(line):
    s = line.strip()
    return [c.strip() for c in s[1:-1].split('|')]


def tables(lines):
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith('|') and i + 1 < len(lines) and re.fullmatch(r'\|( *:?-{3,}:? *\|)+', lines[i + 1].strip()):
            h = cells(lines[i])
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].startswith('|'):
                c = cells(lines[j])
                if len(c) != len(h):
                    bad('ragged row line %d' % (j + 1))
                rows.append((j + 1, c))
                j += 1
            if i > 0 and lines[i - 1].strip():
                bad('no blank line before table at %d' % (i + 1))
            out.append(dict(hline=i + 1, head=h, rows=rows))
            i = j
        else:
            i += 1
    return out


def getv(lines, ref):
    if 'cell' in ref:
        L, c = ref['cell']
        return num(cells(lines[L - 1])[c])
    L, t = ref['cap']
    if t not in lines[L - 1]:
        raise KeyError('caption text missing')
    return num(t)


def check_rels(lines, spec):
    res = []
    for r in spec['rels']:
        t = getv(lines, r['target'])
        if r['kind'] == 'lin':
            rhs = sum((D(cf) * (getv(lines, x) or 0) for cf, x in r['terms']), D(0))
            gap = abs((t or 0) - rhs)
            tol = D(r['tol'])
            assert tol <= D('0.02')
            res.append((r, gap <= tol, gap))
        else:
            n, d = getv(lines, r['num']) or D(0), getv(lines, r['den']) or D(0)
            if d == 0:
                res.append((r, t is None, D(0)))
            else:
                gap = abs((t if t is not None else D(10 ** 6)) - n / d * 100)
                res.append((r, gap <= D(5) / D(10) ** (r['dec'] + 1), gap))
    return res


def base(h):
    return re.sub(r'（(万元|元|%)）$', '', h)


def header_checks(fn, tb):
    """Spec-free checks driven only by column names."""
    hs = [base(h) for h in tb['head']]
    idx = {h: i for i, h in enumerate(hs)}

    def first(*names):
        for n in names:
            if n in idx:
                return idx[n]
        return None
    n_checked = 0
    for L, c in tb['rows']:
        if not any(isnum(x) for x in c[1:]) or '完成率' in idx:
            continue

        def v(i):
            return num(c[i]) or D(0)
        b0, adj = first('年初预算'), first('调整数')
        b = first('全年预算', '调整后预算')
        if b0 is not None and adj is not None and b is not None:
            n_checked += 1
            if v(b) != v(b0) + v(adj):
                bad('%s:%d 全年预算 != 年初+调整' % (fn, L))
        cy = first('上年结转')
        av = first('可用资金', '可支配资金')
        bb = first('全年预算', '本年预算')
        if cy is not None and av is not None:
            n_checked += 1
            if v(av) != v(cy) + v(bb):
                bad('%s:%d 可用资金 != 结转+预算' % (fn, L))
        den = first('可用资金', '可支配资金', '全年预算', '调整后预算', '预算数', '下达资金')
        ex = first('执行数', '实际支出', '全年累计执行')
        bal = first('结余', '差额')
        if bal is not None and den is not None and ex is not None:
            n_checked += 1
            if v(bal) != v(den) - v(ex):
                bad('%s:%d 结余 mismatch' % (fn, L))
        rt = first('执行率', '全年执行率')
        if rt is not None and den is not None and ex is not None and c[rt] not in DASHES:
            n_checked += 1
            dec = len(c[rt].rstrip('%').split('.')[1]) if '.' in c[rt] else 0
            if abs(num(c[rt]) - v(ex) / v(den) * 100) > D(5) / D(10) ** (dec + 1):
                bad('%s:%d 执行率 mismatch' % (fn, L))
        q = [first('%s季度' % k) for k in '一二三四']
        t = first('全年合计')
        if None not in q and t is not None:
            n_checked += 1
            if v(t) != sum(v(i) for i in q):
                bad('%s:%d 全年合计 != 四季度之和' % (fn, L))
    return n_checked


def main():
    ans = {}
    with open(os.path.join(BASE, 'bad', 'ANSWERS.tsv'), encoding='utf-8') as f:
        hdr = f.readline().rstrip('\n').split('\t')
        assert hdr == ['file', 'line', 'old', 'new', 'relation'], hdr
        for ln in f:
            a = ln.rstrip('\n').split('\t')
            ans[a[0]] = a
    files = sorted(x for x in os.listdir(os.path.join(BASE, 'clean')) if x.endswith('.md'))
    assert len(files) == 30, len(files)
    stats = dict(rels=0, ments=0, rounding=[], hdr=0, uncovered=0, numcells=0, cats={})
    for fn in files:
        clean = open(os.path.join(BASE, 'clean', fn), encoding='utf-8').read().split('\n')
        badl = open(os.path.join(BASE, 'bad', fn), encoding='utf-8').read().split('\n')
        spec = json.load(open(os.path.join(BASE, 'spec', fn.replace('.md', '.json')), encoding='utf-8'))
        # ---- document shape
        if not re.fullmatch(r'# 20\d\d年度.+绩效自评报告', clean[0]):
            bad('%s title' % fn)
        nh = sum(1 for l in clean if re.match(r'#{2,3} (一|二|三|四|（一）|（二）)', l))
        if not 2 <= nh <= 4:
            bad('%s headings %d' % (fn, nh))
        tbs = tables(clean)
        if not 1 <= len(tbs) <= 2:
            bad('%s tables %d' % (fn, len(tbs)))
        if [t['hline'] for t in tbs] != [t['header_line'] for t in spec['tables']]:
            bad('%s table positions differ from spec' % fn)
        # ---- relations (spec) on re-parsed text
        for r, ok, gap in check_rels(clean, spec):
            stats['rels'] += 1
            if not ok:
                bad('%s clean relation fails: %s gap %s' % (fn, r['desc'], gap))
            elif r['kind'] == 'lin' and gap > 0:
                stats['rounding'].append((fn, r['desc'], str(gap)))
        for m in spec['mentions']:
            stats['ments'] += 1
            if m['text'] not in clean[m['line'] - 1] or num(m['text']) != getv(clean, m['ref']):
                bad('%s prose mention %s' % (fn, m['text']))
        # ---- spec-free header checks
        for tb in tbs:
            stats['hdr'] += header_checks(fn, tb)
        # ---- coverage: numeric cells never referenced by a relation
        refd = set()
        for r in spec['rels']:
            for x in [r['target']] + ([y for _, y in r['terms']] if r['kind'] == 'lin' else [r['num'], r['den']]):
                if 'cell' in x:
                    refd.add(tuple(x['cell']))
        for tb in tbs:
            for L, c in tb['rows']:
                for k, x in enumerate(c):
                    if tb['head'][k] in ('序号', '科目编码'):
                        continue
                    if isnum(x):
                        stats['numcells'] += 1
                        if (L, k) not in refd:
                            stats['uncovered'] += 1
                            bad('%s:%d col %d numeric cell %r not in any relation' % (fn, L, k, x))
        # ---- bad file
        diff = [i for i in range(max(len(clean), len(badl))) if i >= len(clean) or i >= len(badl) or clean[i] != badl[i]]
        if len(diff) != 1:
            bad('%s bad differs in %d lines' % (fn, len(diff)))
            continue
        L = diff[0] + 1
        ca, cb = cells(clean[L - 1]), cells(badl[L - 1])
        dc = [k for k in range(len(ca)) if ca[k] != cb[k]]
        if len(ca) != len(cb) or len(dc) != 1:
            bad('%s bad differs in %d cells' % (fn, len(dc)))
            continue
        k = dc[0]
        old, new = ca[k], cb[k]
        a = ans.get(fn)
        if not a or a[1] != str(L) or a[2] != old or a[3] != new:
            bad('%s ANSWERS mismatch %s vs %s' % (fn, a, (L, old, new)))
        pos = [i for i in range(len(old)) if old[i] != new[i]]
        if len(old) != len(new) or len(pos) != 1 or not old[pos[0]].isdigit() or not new[pos[0]].isdigit():
            bad('%s not a single-digit substitution' % fn)
        else:
            dot = old.find('.')
            if dot >= 0 and pos[0] > dot + 1:
                bad('%s changed digit beyond first decimal' % fn)
        dv = abs(num(new) - num(old))
        is_rate = old.endswith('%') or any(r['kind'] == 'ratio' and r['target'].get('cell') == [L, k] for r in spec['rels'])
        if is_rate and dv < D('0.5'):
            bad('%s rate change < 0.5' % fn)
        if not is_rate and dv < D('0.1'):
            bad('%s amount change < 0.1' % fn)
        brk = [(r, gap) for r, ok, gap in check_rels(badl, spec) if not ok]
        if not brk:
            bad('%s: no relation broken' % fn)
        elif max(g - D(r.get('tol', '0')) for r, g in brk) < D('0.05'):
            bad('%s: break too small' % fn)
        if any(not ok for r, ok, g in check_rels(badl, spec) if [L, k] not in
               ([r['target'].get('cell')] + ([y.get('cell') for _, y in r['terms']] if r['kind'] == 'lin'
                                              else [r['num'].get('cell'), r['den'].get('cell')]))):
            bad('%s: a relation not touching the changed cell broke' % fn)
        cat = 'rate' if is_rate else ('total' if any(r['role'] == 'vsum' and r['target'].get('cell') == [L, k]
                                                    for r in spec['rels']) else 'part')
        stats['cats'][cat] = stats['cats'].get(cat, 0) + 1
    print('files:', len(files))
    print('relations checked (clean):', stats['rels'], ' prose mentions:', stats['ments'],
          ' spec-free header checks:', stats['hdr'])
    print('numeric cells:', stats['numcells'], ' not covered by any relation:', stats['uncovered'])
    print('legit rounding gaps in clean files:')
    for x in stats['rounding']:
        print('   ', *x)
    print('bad-cell categories:', stats['cats'])
    print('PROBLEMS:', len(problems))
    for p in problems:
        print('  ', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
