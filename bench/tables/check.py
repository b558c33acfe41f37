#!/usr/bin/env python3
"""Independent consistency check: re-parse the Markdown, recompute relations.

Uses meta.json only for STRUCTURE (row levels / T / S markers, which columns
are summed, row formulas, rate column triples, explicit special relations);
every value comes from the Markdown text.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
MISSING = {'', '—', '-', '/', '——', '–'}
FIG = re.compile(r'[0-9０-９〇零一二三四五六七八九十百千万亿两]')


def parse_md(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    assert lines[-1] == ''
    lines = lines[:-1]
    assert lines[0].startswith('# ') and re.fullmatch(r'# 20\d\d年度.+(部门整体|项目)支出绩效自评报告', lines[0]), lines[0]
    assert sum(1 for l in lines if l.startswith('## ')) == 1
    assert sum(1 for l in lines if l.startswith('#')) == 2
    tbl = [(i + 1, l) for i, l in enumerate(lines) if l.startswith('|')]
    nums = [n for n, _ in tbl]
    assert nums == list(range(nums[0], nums[0] + len(nums))), 'table not contiguous'
    prose = [l for l in lines if l.strip() and not l.startswith('#') and not l.startswith('|')]
    assert len(prose) == 1, prose
    assert not FIG.search(prose[0]), prose[0]

    def cells(l):
        l = l.strip()
        assert l.startswith('|') and l.endswith('|'), l
        return [c.strip() for c in l[1:-1].split('|')]
    head = cells(tbl[0][1])
    assert all(re.fullmatch(r':?-{3,}:?', c) for c in cells(tbl[1][1])), tbl[1]
    body = [(n, cells(l)) for n, l in tbl[2:]]
    assert all(len(c) == len(head) for _, c in body)
    return head, body


def num(s):
    s = unicodedata.normalize('NFKC', s).strip()
    if s in MISSING:
        return None
    for suf in ('万元', '元', '%'):
        if s.endswith(suf):
            s = s[:-len(suf)]
            break
    assert re.fullmatch(r'-?\d{1,3}(,\d{3})+\.\d\d|-?\d+\.\d\d', s), repr(s)
    return Decimal(s.replace(',', ''))


def z(v):
    return Decimal(0) if v is None else v


def rate(n, d):
    if z(d) == 0:
        return None
    return (z(n) * 100 / d).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def check(path, m):
    head, body = parse_md(path)
    V = {}
    for r, (_, row) in enumerate(body):
        for c in m['num_cols']:
            V[(r, c)] = num(row[c])
    fails = []
    lv = m['levels']
    assert len(lv) == len(body)

    def eq_sum(tgt, terms, what):
        got = z(V[tgt])
        exp = sum((z(V[x]) for x in terms), Decimal(0))
        if got != exp:
            fails.append((tgt, f'{what}: {got} != {exp}'))

    for c in m['sum_cols']:
        for i, L in enumerate(lv):
            if isinstance(L, int):          # parent rows: sum of direct children
                kids = []
                for j in range(i + 1, len(lv)):
                    if not isinstance(lv[j], int) or lv[j] <= L:
                        break
                    if lv[j] == L + 1:
                        kids.append(j)
                if kids:
                    eq_sum((i, c), [(k, c) for k in kids], f'row{i} col{c} parent')
        cur = []
        srows = []
        for i, L in enumerate(lv):          # subtotal rows: level-0 rows since last S
            if L == 0:
                cur.append(i)
            elif L == 'S':
                eq_sum((i, c), [(k, c) for k in cur], f'row{i} col{c} subtotal')
                srows.append(i)
                cur = []
        for i, L in enumerate(lv):          # total: over subtotals, else top-level rows
            if L == 'T':
                terms = srows if srows else [k for k, x in enumerate(lv) if x == 0]
                eq_sum((i, c), [(k, c) for k in terms], f'row{i} col{c} total')
    for r in range(len(body)):
        for tc, terms in m['row_lin']:
            got = z(V[(r, tc)])
            exp = sum((Decimal(co) * z(V[(r, c)]) for co, c in terms), Decimal(0))
            if got != exp:
                fails.append(((r, tc), f'row{r} col{tc} row-formula: {got} != {exp}'))
        for rc, nc, dc in m['rates']:
            exp = rate(V[(r, nc)], V[(r, dc)])
            if V[(r, rc)] != exp:
                fails.append(((r, rc), f'row{r} rate col{rc}: {V[(r, rc)]} != {exp}'))
    for e in m['extra']:
        t = tuple(e['t'])
        if 'lin' in e:
            got = z(V[t])
            exp = sum((Decimal(co) * z(V[(r, c)]) for co, r, c in e['lin']), Decimal(0))
            if got != exp:
                fails.append((t, f'extra lin {t}: {got} != {exp}'))
        else:
            (nr, nc), (dr, dc) = e['rate']
            exp = rate(V[(nr, nc)], V[(dr, dc)])
            if V[t] != exp:
                fails.append((t, f'extra rate {t}: {V[t]} != {exp}'))
    return head, body, fails


def main():
    meta = json.load(open(os.path.join(BASE, 'meta.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(os.path.join(BASE, 'clean')) if f.endswith('.md'))
    assert len(files) == 40 and sorted(meta) == files
    ans = {}
    with open(os.path.join(BASE, 'bad', 'ANSWERS.tsv'), encoding='utf-8') as fh:
        rows = [l.rstrip('\n').split('\t') for l in fh]
    assert rows[0] == ['file', 'line', 'old', 'new', 'note']
    for r in rows[1:]:
        assert len(r) == 5 and r[0] not in ans
        ans[r[0]] = r
    assert sorted(ans) == files
    ok = True
    nrel = 0
    for f in files:
        m = meta[f]
        _, cb, cf = check(os.path.join(BASE, 'clean', f), m)
        if cf:
            ok = False
            print('CLEAN FAIL', f, cf[:3])
        _, bb, bf = check(os.path.join(BASE, 'bad', f), m)
        cl = open(os.path.join(BASE, 'clean', f), encoding='utf-8').read().split('\n')
        bl = open(os.path.join(BASE, 'bad', f), encoding='utf-8').read().split('\n')
        dl = [i for i in range(max(len(cl), len(bl))) if cl[i] != bl[i]]
        diffs = [(r, c) for r in range(len(cb)) for c in range(len(cb[r][1])) if cb[r][1][c] != bb[r][1][c]]
        a = ans[f]
        good = (len(cl) == len(bl) and len(dl) == 1 and len(diffs) == 1 and bf
                and cb[diffs[0][0]][0] == int(a[1]) == dl[0] + 1
                and cb[diffs[0][0]][1][diffs[0][1]] == a[2] and bb[diffs[0][0]][1][diffs[0][1]] == a[3])
        old, new = num(a[2]), num(a[3])
        delta = abs(new - old)
        good = good and delta >= Decimal('0.1')
        if not good:
            ok = False
            print('BAD FAIL', f, len(dl), diffs, bf[:2])
        else:
            print(f'ok {f:40s} line {a[1]:>2}  {a[2]} -> {a[3]}  ({len(bf)} relation(s) broken, e.g. {bf[0][1]})')
    print('ALL OK' if ok else 'PROBLEMS')
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
