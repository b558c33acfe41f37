#!/usr/bin/env python3
"""独立复核：重新解析 clean/ 与 bad/ 中的 Markdown 表格，逐条检验数字关系。
不导入 gen.py；规则只依据表头、单元格文字和正文中的声明。"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))


def q(x, n):
    return x.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


UNITS = ['微克/立方米', '个工作日', '万头只', '万平方米', '平方米', '万人次', '万亩', '万吨', '万册', '万人', '万页',
         '万元', '亿元', '家次', '批次', '场次', '人次', '车次', '亩', '家', '人', '个', '项', '次', '起', '座',
         '公里', '张', '件', '户', '处', '期', '册', '部', '条', '宗', '份', '吨', '%', '‰']
SCALE = {'万亩': ('亩', 10000), '万人次': ('人次', 10000), '万吨': ('吨', 10000), '万册': ('册', 10000),
         '万人': ('人', 10000), '万平方米': ('平方米', 10000), '亿元': ('万元', 10000)}
PRE = ['≥', '≤', '不低于', '不少于', '不超过', '不高于']
SUF = ['以上', '以内', '以下']
VAL = re.compile(r'^(' + '|'.join(PRE) + r')?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)('
                 + '|'.join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True)) + r')?(' + '|'.join(SUF) + r')?$')
NUM = re.compile(r'^[+-]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$')
PCT = re.compile(r'^(\d+(?:\.(\d+))?)%$')
CAP_RE = re.compile(r'超过100%的按100%计')


def num(s):
    s = s.strip()
    if not NUM.match(s):
        return None
    return D(s.replace(',', '').replace('+', ''))


def val(cell, unit=''):
    m = VAL.match(cell.strip())
    if not m:
        return None
    u = m.group(3) or unit
    n = D(m.group(2).replace(',', ''))
    k = 1
    if u in SCALE:
        u, k = SCALE[u]
    return dict(pre=m.group(1) or '', suf=m.group(4) or '', v=n * k, unit=u)


def pct(cell):
    m = PCT.match(cell.strip())
    if not m:
        return None
    return D(m.group(1)), len(m.group(2) or '')


def strip_unit(h):
    return re.sub(r'（.*?）', '', h)


def hunit(h):
    m = re.search(r'（(.*?)）', h)
    return m.group(1) if m else ''

# ---------------------------------------------------------------- 解析

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    tables, prose = [], []
    i = 0
    while i < len(lines):
        if lines[i].startswith('|'):
            start = i
            blk = []
            while i < len(lines) and lines[i].startswith('|'):
                blk.append((i + 1, [c.strip() for c in lines[i].strip().strip('|').split('|')]))
                i += 1
            cap = ''
            for j in range(start - 1, -1, -1):
                if lines[j].strip():
                    cap = lines[j].strip()
                    break
            tables.append(dict(caption=cap, header=blk[0][1], rows=blk[2:]))
        else:
            prose.append(lines[i])
            i += 1
    return lines, tables, prose


class Rel:
    def __init__(self, kind, desc, lines, ok, detail=''):
        self.kind, self.desc, self.lines, self.ok, self.detail = kind, desc, set(lines), ok, detail

    def __repr__(self):
        return f"[{'OK' if self.ok else 'FAIL'}] {self.desc} {sorted(self.lines)} {self.detail}"


def classify(h):
    idx = dict(rate=None, t=None, a=None, unitcol=None, fz=None, df=None, mrate=None, exec=None, init=None,
               adj=None, full=None, bal=None)
    for i, c in enumerate(h):
        if re.search(r'完成率|完成比例|完成程度', c):
            idx['rate'] = i
        elif c in ('单位', '计量单位'):
            idx['unitcol'] = i
        elif re.search(r'分值|权重|标准分', c):
            idx['fz'] = i
        elif '得分' in c:
            idx['df'] = i
        elif '执行率' in c:
            idx['mrate'] = i
        elif '执行' in c:
            idx['exec'] = i
        elif '年初' in c:
            idx['init'] = i
        elif '调整' in c:
            idx['adj'] = i
        elif '结余' in c:
            idx['bal'] = i
        elif '预算' in c:
            idx['full'] = i
        elif re.search(r'实际|完成数|全年完成', c):
            idx['a'] = i
        elif re.search(r'目标|指标值|计划', c):
            idx['t'] = i
    return idx


def rate_rule(tv, av, cap):
    assert tv['unit'] == av['unit'], (tv, av)
    rev = tv['pre'] in ('≤', '不超过', '不高于') or tv['suf'] in ('以内', '以下') or tv['v'] == 0
    if rev:
        return (D(100) if av['v'] <= tv['v'] else tv['v'] / av['v'] * 100), 'rev'
    r = av['v'] / tv['v'] * 100
    if cap and r > 100:
        return D(100), 'cap'
    return r, 'fwd'


def rate_ok(exp, cell):
    p = pct(cell)
    if p is None:
        return False
    return q(exp, p[1]) == p[0]


def check_comp(t, ix, cap, out, stats):
    h = t['header']
    tu, au = hunit(h[ix['t']]), hunit(h[ix['a']])
    lab = ix['t'] - 1
    if ix['unitcol'] is not None and lab == ix['unitcol']:
        lab -= 1
    R, T, A = strip_unit(h[ix['rate']]), strip_unit(h[ix['t']]), strip_unit(h[ix['a']])
    leaves = []
    for ln, c in t['rows']:
        name = c[lab]
        u = c[ix['unitcol']] if ix['unitcol'] is not None else ''
        tv, av = val(c[ix['t']], tu or u), val(c[ix['a']], au or u)
        rc = c[ix['rate']]
        if name == '合计':
            st = sum((x[0]['v'] for x in leaves), D(0))
            sa = sum((x[1]['v'] for x in leaves), D(0))
            out.append(Rel('table', f"「合计」行 {T}合计 = 各行之和", [ln] + [x[2] for x in leaves], tv is not None and tv['v'] == st))
            out.append(Rel('table', f"「合计」行 {A}合计 = 各行之和", [ln] + [x[2] for x in leaves], av is not None and av['v'] == sa))
            exp, _ = rate_rule(tv, av, cap)
            out.append(Rel('table', f"「合计」行 {R} = {A} ÷ {T}", [ln], rate_ok(exp, rc), f"exp={exp:.4f} got={rc}"))
            continue
        if tv is None or av is None:
            ok = tv is None and av is None and rc in ('100%', '—')
            out.append(Rel('table', f"「{name}」行 定性指标", [ln], ok, rc))
            stats['qual'] += 1
            continue
        exp, kind = rate_rule(tv, av, cap)
        raw = av['v'] / tv['v'] * 100 if tv['v'] else None
        if kind == 'rev':
            stats['rev'] += 1
        if kind == 'cap':
            stats['cap'] += 1
        if kind == 'fwd' and raw is not None and raw > 100:
            stats['over'] += 1
        if tv['pre'] in ('≥', '不低于', '不少于') or tv['suf'] == '以上':
            stats['ge'] += 1
        mt = VAL.match(c[ix['t']]); ma = VAL.match(c[ix['a']])
        if mt and ma and mt.group(3) and ma.group(3) and mt.group(3) != ma.group(3):
            stats['mixed'] += 1
        out.append(Rel('table', f"「{name}」行 {R} = {A} ÷ {T}（{kind}）", [ln], rate_ok(exp, rc), f"exp={exp:.4f} got={rc}"))
        leaves.append((tv, av, ln))


def is_total(cells):
    return any(re.search(r'合计|总分|总计', x) and '小计' not in x for x in cells)


def check_score(t, ix, out, stats):
    h = t['header']
    F, S = h[ix['fz']], h[ix['df']]
    labcols = [i for i in range(len(h)) if i not in (ix['fz'], ix['df']) and h[i] != '序号']
    g1col = labcols[0]
    total, subs, group = None, [], []
    gname = ''
    for ln, c in t['rows']:
        fz, df = num(c[ix['fz']]), num(c[ix['df']])
        labs = [c[i] for i in range(len(c)) if i not in (ix['fz'], ix['df'])]
        out.append(Rel('table', f"第{ln}行 {S} ≤ {F}", [ln], fz is not None and df is not None and df <= fz))
        if is_total(labs):
            total = (ln, fz, df)
        elif any('小计' in x for x in labs):
            nm = gname or next((x.replace('小计', '') for x in labs if x.replace('小计', '')), '')
            for k, col, v in ((ix['fz'], F, fz), (ix['df'], S, df)):
                s = sum((num(r[1][k]) for r in group), D(0))
                out.append(Rel('table', f"「{nm}」小计 {col} = 本组之和", [ln] + [r[0] for r in group], v == s, f"sum={s} got={v}"))
            subs.append((ln, fz, df))
            group = []
            gname = ''
            stats['sub'] += 1
        else:
            if c[g1col]:
                gname = c[g1col]
            group.append((ln, c))
    parts = subs if subs else [(r[0], num(r[1][ix['fz']]), num(r[1][ix['df']])) for r in group]
    assert total is not None, t['caption']
    ln, fz, df = total
    sf = sum((p[1] for p in parts), D(0))
    sd = sum((p[2] for p in parts), D(0))
    what = '各小计之和' if subs else '各项之和'
    out.append(Rel('table', f"「{F}」列 合计 = {what}", [ln] + [p[0] for p in parts], fz == sf, f"sum={sf} got={fz}"))
    out.append(Rel('table', f"「{S}」列 合计 = {what}", [ln] + [p[0] for p in parts], df == sd, f"sum={sd} got={df}"))
    out.append(Rel('table', f"「{F}」列 合计 = 100", [ln], fz == 100))
    stats['score_top'] += 1 if t['rows'][0][0] == ln else 0
    return df


def check_money(t, ix, out, stats):
    h = t['header']
    cols = [k for k in ('init', 'adj', 'full', 'exec', 'bal') if ix[k] is not None]
    leaves, tot = [], None
    for ln, c in t['rows']:
        name = c[0]
        v = {k: num(c[ix[k]]) for k in cols}
        if ix['init'] is not None and ix['adj'] is not None:
            out.append(Rel('table', f"「{name}」行 年初预算 + 调整 = 全年预算", [ln], v['init'] + v['adj'] == v['full']))
        if ix['bal'] is not None:
            out.append(Rel('table', f"「{name}」行 预算 − 执行 = 结余", [ln], v['full'] - v['exec'] == v['bal']))
        if ix['mrate'] is not None:
            exp = v['exec'] / v['full'] * 100
            out.append(Rel('table', f"「{name}」行 执行率 = 执行数 ÷ 全年预算", [ln], rate_ok(exp, c[ix['mrate']]),
                           f"exp={exp:.4f} got={c[ix['mrate']]}"))
        if '合计' in name:
            tot = (ln, v)
        else:
            leaves.append((ln, v))
    ln, v = tot
    v = dict(v)
    v['rate_cell'] = t['rows'][[r[0] for r in t['rows']].index(ln)][1][ix['mrate']] if ix['mrate'] is not None else None
    for k in cols:
        s = sum((x[1][k] for x in leaves), D(0))
        out.append(Rel('table', f"「{strip_unit(h[ix[k]])}」列 合计 = 各项之和", [ln] + [x[0] for x in leaves], v[k] == s,
                       f"sum={s} got={v[k]}"))
    return v


RESTATE = re.compile(r'年度目标(?P<t>[^，。；]+)，实际完成(?P<a>[^，。；]+)，完成(?:率|比例|程度)(?P<r>\d+(?:\.\d+)?%)')
SCORE = re.compile(r'(?:自评得分|自评总分|综合得分)(?:为)?(\d+(?:\.\d+)?)分')
MONEY = re.compile(r'全年预算(?:数)?(?:为)?([\d,]+\.\d+)万元，(?:全年)?(?:实际)?执行(?:数)?(?:为)?([\d,]+\.\d+)万元(?:，执行率(\d+\.\d+%))?')


def check(path):
    lines, tables, prose = parse(path)
    text = '\n'.join(lines)
    cap = bool(CAP_RE.search(text))
    out = []
    stats = dict(rev=0, cap=0, over=0, qual=0, ge=0, mixed=0, sub=0, score_top=0, comp=0, score=0, money=0)
    comp_tabs, score_tot, money_tot = [], [], []
    for t in tables:
        assert re.match(r'^表\d+　', t['caption']), t['caption']
        ix = classify(t['header'])
        if ix['fz'] is not None and ix['df'] is not None:
            stats['score'] += 1
            score_tot.append(check_score(t, ix, out, stats))
        elif ix['rate'] is not None and ix['t'] is not None and ix['a'] is not None:
            stats['comp'] += 1
            comp_tabs.append((t, ix))
            check_comp(t, ix, cap, out, stats)
        elif ix['exec'] is not None and ix['full'] is not None:
            stats['money'] += 1
            money_tot.append(check_money(t, ix, out, stats))
        else:
            raise SystemExit(f"{path}: unknown table {t['header']}")
    ptext = '\n'.join(prose)
    for m in RESTATE.finditer(ptext):
        found = any(c[ix['t']] == m['t'] and c[ix['a']] == m['a'] and c[ix['rate']] == m['r']
                    for t, ix in comp_tabs for _, c in t['rows'])
        out.append(Rel('prose', f"正文「{m.group(0)}」与表格一致", [], found))
        exp, _ = rate_rule(val(m['t']), val(m['a']), cap)
        out.append(Rel('prose-self', f"正文「{m.group(0)}」自身成立", [], rate_ok(exp, m['r'])))
    for m in SCORE.finditer(ptext):
        out.append(Rel('prose', f"正文得分{m.group(1)}分 = 表中合计", [], D(m.group(1)) in score_tot))
    for m in MONEY.finditer(ptext):
        b, e = D(m.group(1).replace(',', '')), D(m.group(2).replace(',', ''))
        ok = any(v['full'] == b and v['exec'] == e and (m.group(3) is None or v['rate_cell'] == m.group(3))
                 for v in money_tot)
        if m.group(3):
            ok = ok and rate_ok(e / b * 100, m.group(3))
        out.append(Rel('prose', f"正文资金「{m.group(0)}」与合计行一致", [], ok))
    return out, stats, cap


def main():
    cdir, bdir = os.path.join(HERE, 'clean'), os.path.join(HERE, 'bad')
    errors = []
    ans = {}
    rows = open(os.path.join(bdir, 'ANSWERS.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
    assert rows[0] == 'file\tline\told\tnew\trelation', rows[0]
    for r in rows[1:]:
        f, ln, old, new, rel = r.split('\t')
        ans[f] = (int(ln), old, new, rel)
    files = sorted(x for x in os.listdir(cdir) if x.endswith('.md'))
    assert len(files) == 30 and set(files) == set(ans), (len(files), set(files) ^ set(ans))
    tot_rel = 0
    print('file  tables(comp/score/money)  relations  rev cap over>100 qual ≥ mixed  小计 cap规则')
    for f in files:
        rels, st, cap = check(os.path.join(cdir, f))
        tot_rel += len(rels)
        bad = [r for r in rels if not r.ok]
        if bad:
            errors.append(f"clean/{f}: {bad}")
        print(f"{f}  {st['comp']}/{st['score']}/{st['money']}  {len(rels):3d}  "
              f"{st['rev']} {st['cap']} {st['over']} {st['qual']} {st['ge']} {st['mixed']}  {st['sub']}  {'是' if cap else '否'}")
        # ---- bad copy
        cl = open(os.path.join(cdir, f), encoding='utf-8').read().split('\n')
        bl = open(os.path.join(bdir, f), encoding='utf-8').read().split('\n')
        ln, old, new, rel = ans[f]
        diff = [i for i in range(max(len(cl), len(bl))) if (cl[i:i + 1] != bl[i:i + 1])]
        if diff != [ln - 1]:
            errors.append(f"bad/{f}: differing lines {[d + 1 for d in diff]} vs answer {ln}")
            continue
        cc = [c.strip() for c in cl[ln - 1].strip().strip('|').split('|')]
        bc = [c.strip() for c in bl[ln - 1].strip().strip('|').split('|')]
        dc = [i for i in range(len(cc)) if len(cc) != len(bc) or cc[i] != bc[i]]
        if len(cc) != len(bc) or len(dc) != 1 or cc[dc[0]] != old or bc[dc[0]] != new:
            errors.append(f"bad/{f}: cell diff {dc} {cc} {bc}")
            continue
        brels, _, _ = check(os.path.join(bdir, f))
        tfail = [r for r in brels if not r.ok and r.kind == 'table']
        pfail = [r for r in brels if not r.ok and r.kind != 'table']
        label = re.match(r'「(.+?)」', rel).group(1)
        if len(tfail) != 1 or ln not in tfail[0].lines or f"「{label}」" not in tfail[0].desc:
            errors.append(f"bad/{f}: expected exactly one table failure on line {ln} about {label}: {tfail}")
        quoted = '（正文引用该数为原值）' in rel
        if bool(pfail) != quoted:
            errors.append(f"bad/{f}: prose failures {pfail} but annotation={quoted}")
        if quoted and old not in '\n'.join(bl[:ln - 1] + bl[ln:]).replace('|', ''):
            errors.append(f"bad/{f}: old value {old} not found in prose")
        print(f"      bad: line {ln} {old} -> {new}  broken: {tfail[0].desc if tfail else '?'}"
              f"{'  + 正文引用' if pfail else ''}")
    print(f"\nclean relations checked: {tot_rel}")
    if errors:
        print('\nERRORS:')
        for e in errors:
            print(' ', e)
        sys.exit(1)
    print('ALL OK: 30 clean files hold every relation; 30 bad files each differ in one cell and break exactly one table relation.')


if __name__ == '__main__':
    main()
