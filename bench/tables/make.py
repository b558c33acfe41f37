#!/usr/bin/env python3
"""Generate 40 clean + 40 corrupted Markdown budget self-evaluation tables.

Standard library only; all arithmetic with decimal.Decimal.
Outputs (relative to this script's directory):
  clean/NN-<slug>.md, bad/NN-<slug>.md, bad/ANSWERS.tsv, meta.json
meta.json holds per-file structure (row levels, column roles, explicit
relations) for the independent checker check.py; values are NOT in it.
"""
import json
import os
import random
import shutil
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240917)
Q = D('0.01')
ZERO = D('0.00')
CN = '一二三四五六七八九十'
FW = str.maketrans('0123456789', '０１２３４５６７８９')
NUMERAL_CHARS = set('0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两')


def q2(x):
    return x.quantize(Q, rounding=ROUND_HALF_UP)


def rate(num, den):
    if den == 0:
        return None
    return q2(num * 100 / den)


def amt(lo, hi):
    return q2(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)


def exe(b, lo=0.80, hi=1.0, full=0.2):
    if b == 0:
        return ZERO
    if rng.random() < full:
        return b
    f = D(rng.randint(int(lo * 10000), int(hi * 10000))) / D(10000)
    return q2(b * f)


def be(lo, hi, flo=0.80, fhi=1.0, full=0.2):
    b = amt(lo, hi)
    return dict(b=b, e=exe(b, flo, fhi, full))


def split(total, n):
    w = [rng.randint(150, 400) for _ in range(n)]
    s = sum(w)
    parts = [q2(total * x / s) for x in w[:-1]]
    parts.append(total - sum(parts, ZERO))
    assert parts[-1] >= 0
    return parts


# ---------------------------------------------------------------- formats
def F(**kw):
    f = dict(sep=False, suf='', fw=False, miss='—', zmiss=False, pct='%')
    f.update(kw)
    return f


def render_num(v, f, kind):
    if v is None:
        return f['miss']
    if kind == 'amt' and v == 0 and f['zmiss']:
        return f['miss']
    if kind == 'rate':
        s = '%s' % format(v, '.2f') + f['pct']
    else:
        s = (format(v, ',.2f') if f['sep'] else format(v, '.2f')) + f['suf']
    if f['fw']:
        s = s.translate(FW)
    return s


# ---------------------------------------------------------------- columns
def L(h):
    return dict(role='label', h=h)


def S(h):
    return dict(role='seq', h=h)


def C(h):
    return dict(role='cat', h=h)


def NT(h):
    return dict(role='note', h=h)


def A(h, key, fmt, lin=None):
    return dict(role='amt', h=h, key=key, fmt=fmt, lin=lin)


def R(h, key, num, den, fmt):
    return dict(role='rate', h=h, key=key, num=num, den=den, fmt=fmt)


def nd(label, kids=None, note='', seq='', **v):
    return dict(label=label, kids=kids or [], note=note, seq=seq, v=dict(v))


def cell(v, f, kind='amt'):
    return ('N', v, f, kind)


# ---------------------------------------------------------------- table
class Table:
    def __init__(self, slug, year, place, org, kind, heading, prose, proj=''):
        self.slug = slug
        tail = '部门整体支出绩效自评报告' if kind == 'dept' else '项目支出绩效自评报告'
        self.title = f'# {year}年度{place}{org}{proj}{tail}'
        self.heading = heading
        self.prose = prose
        self.cols = []
        self.rows = []
        self.rels = []
        self.extra = []
        self.tree_meta = None
        self.align = None
        self.compact = False

    # manual row / relation helpers (relations go to meta 'extra')
    def add(self, cells, level='X', role='item', name=''):
        self.rows.append(dict(cells=cells, level=level, role=role, name=name))
        return len(self.rows) - 1

    def rlin(self, tgt, terms, desc, grp='sum', extra=True):
        self.rels.append(dict(kind='lin', grp=grp, t=tgt, terms=[(D(c), x) for c, x in terms], desc=desc))
        if extra:
            self.extra.append({'t': list(tgt), 'lin': [[str(c), x[0], x[1]] for c, x in terms]})

    def rrate(self, tgt, num, den, desc, extra=True):
        self.rels.append(dict(kind='rate', grp='rate', t=tgt, num=num, den=den, desc=desc))
        if extra:
            self.extra.append({'t': list(tgt), 'rate': [list(num), list(den)]})

    def colname(self, c):
        h = self.cols[c]['h']
        for u in ('（万元）', '（元）', '(万元)', '（%）', '(%)'):
            h = h.replace(u, '')
        return h


def marklab(label, level, i, mark, l2fmt):
    if mark == 'outline':
        return [f'{CN[i]}、', f'（{CN[i]}）', l2fmt.format(i + 1)][level] + label
    if mark == 'qizhong':
        return ('其中：' if level > 0 and i == 0 else '') + label
    if mark == 'qizhong_all':
        return ('其中：' if level > 0 else '') + label
    if mark == 'indent':
        return '\u3000\u3000' * level + label
    return label


def tree(t, roots, total='bottom', tlabel='合计', mark='none', sub=None, seq=None,
         tseq='', tlab_in_seq=False, l2fmt='{}.', cat_all=False, sub_in_cat=False):
    """Build rows + relations for a (possibly hierarchical) table."""
    cols = t.cols
    keyc = {c['key']: i for i, c in enumerate(cols) if c['role'] in ('amt', 'rate')}
    base = [c['key'] for c in cols if c['role'] == 'amt' and not c['lin']]
    lins = [c for c in cols if c['role'] == 'amt' and c['lin']]
    rates = [c for c in cols if c['role'] == 'rate']

    def comp(n):
        if n['kids']:
            for k in n['kids']:
                comp(k)
            for key in base:
                n['v'][key] = sum((k['v'][key] for k in n['kids']), ZERO)
        else:
            for key in base:
                n['v'].setdefault(key, ZERO)
        for c in lins:
            n['v'][c['key']] = sum((D(co) * n['v'][k] for co, k in c['lin']), ZERO)
        for c in rates:
            n['v'][c['key']] = rate(n['v'][c['num']], n['v'][c['den']])

    tot = nd(tlabel, kids=roots)
    comp(tot)
    start = len(t.rows)

    def mk(n, label, level, role, seqtxt='', cat='', name=None):
        cells = []
        for c in cols:
            r = c['role']
            if r == 'label':
                cells.append(label)
            elif r == 'seq':
                cells.append(seqtxt)
            elif r == 'cat':
                cells.append(cat)
            elif r == 'note':
                cells.append(n['note'])
            else:
                cells.append(cell(n['v'][c['key']], c['fmt'], r))
        n['ri'] = t.add(cells, level, role, name or n['label'])
        n['dname'] = name or n['label']

    def mkT():
        if tlab_in_seq:
            mk(tot, '', 'T', 'T', seqtxt=tlabel)
        else:
            mk(tot, tlabel, 'T', 'T', seqtxt=tseq)

    counter = [0]

    def seqtext(n, level, path):
        if seq is None:
            return ''
        if seq == 'node':
            return n['seq']
        if seq == 'all':
            counter[0] += 1
            return str(counter[0])
        if seq == 'top':
            return str(path[0] + 1) if level == 0 else ''
        if seq == 'cn':
            return CN[path[0]] if level == 0 else ''
        if seq == 'tree':
            return '.'.join(str(p + 1) for p in path)
        raise ValueError(seq)

    def emit(n, level, path, cat=''):
        mk(n, marklab(n['label'], level, path[-1], mark, l2fmt), level, 'item',
           seqtext(n, level, path), cat)
        for j, k in enumerate(n['kids']):
            emit(k, level + 1, path + [j])

    if total == 'top':
        mkT()
    if sub:
        for g in roots:
            for j, k in enumerate(g['kids']):
                emit(k, 0, [j], g['label'] if (j == 0 or cat_all) else '')
            sl = sub.format(g['label'])
            if sub_in_cat:
                mk(g, '', 'S', 'S', cat=sl, name=f'{g["label"]}小计')
            else:
                mk(g, sl, 'S', 'S', name=f'{g["label"]}小计')
    else:
        for i, n in enumerate(roots):
            emit(n, 0, [i])
    if total == 'bottom':
        mkT()

    amtc = [i for i, c in enumerate(cols) if c['role'] == 'amt']

    def rowname(n):
        return n['dname']

    def sums(n):
        if 'ri' in n and n['kids']:
            if n is tot:
                what = '各小计行' if sub else '各一级项目'
            elif sub and n in roots:
                what = '本组明细'
            else:
                what = '其下级明细'
            for c in amtc:
                t.rlin((n['ri'], c), [(1, (k['ri'], c)) for k in n['kids']],
                       f'“{t.colname(c)}”列“{rowname(n)}”行≠{what}之和', 'sum', extra=False)
        for k in n['kids']:
            sums(k)

    sums(tot)
    for r in range(start, len(t.rows)):
        nm = t.rows[r]['name']
        for c in lins:
            ci = keyc[c['key']]
            parts = '+'.join(('−' if D(co) < 0 else '') + f'“{t.colname(keyc[k])}”' for co, k in c['lin'])
            t.rlin((r, ci), [(co, (r, keyc[k])) for co, k in c['lin']],
                   f'“{nm}”行“{t.colname(ci)}”≠{parts}'.replace('+−', '−'), 'row', extra=False)
        for c in rates:
            ci = keyc[c['key']]
            t.rrate((r, ci), (r, keyc[c['num']]), (r, keyc[c['den']]),
                    f'“{nm}”行{t.colname(ci)}≠{t.colname(keyc[c["num"]])}/{t.colname(keyc[c["den"]])}×100',
                    extra=False)
    t.tree_meta = dict(
        sum_cols=amtc,
        row_lin=[[keyc[c['key']], [[str(co), keyc[k]] for co, k in c['lin']]] for c in lins],
        rates=[[keyc[c['key']], keyc[c['num']], keyc[c['den']]] for c in rates],
    )
    return tot


SPECS = []


def spec(f):
    SPECS.append(f)
    return f


# ======================================================================= specs
@spec
def s01():
    t = Table('xiangmu-mingxi', 2023, '鹤溪县', '农业农村局', 'proj', '## 项目支出执行情况',
              '本局项目支出严格按照批复的预算执行，各项目资金使用情况见下表。')
    f = F()
    t.cols = [L('项目名称'), A('全年预算（万元）', 'b', f), A('实际支出（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    names = ['高标准农田建设配套经费', '农作物重大病虫害防控', '农产品质量安全例行监测',
             '畜禽粪污资源化利用补助', '农村集体产权制度改革工作经费', '基层农技推广体系建设']
    tree(t, [nd(n, **be(20, 400)) for n in names])
    return t


@spec
def s02():
    t = Table('xuhao-heji-zhiding', 2022, '桐川区', '教育局', 'proj', '## 项目资金执行情况',
              '各项目资金按照项目实施进度拨付使用，执行情况汇总如下。')
    f = F(suf='万元')
    t.cols = [S('序号'), L('项目名称'), A('全年预算数', 'b', f), A('全年执行数', 'e', f),
              R('执行率（%）', 'r', 'e', 'b', F(pct=''))]
    names = ['学前教育保教费减免补助', '义务教育学校校舍维修改造', '中小学教师全员培训',
             '农村学校食堂设备购置', '校园安全视频监控升级', '普通高中学生资助工作经费', '教育信息化平台运维']
    tree(t, [nd(n, **be(15, 600)) for n in names], total='top', seq='all', tseq='—')
    return t


@spec
def s03():
    t = Table('jiben-xiangmu-wubiaoji', 2023, '枫岭县', '卫生健康局', 'dept', '## 预算执行情况',
              '本部门年度预算资金由基本支出和项目支出构成，执行情况如下表。')
    f = F()
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('支出数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('基本支出', [nd('人员经费', **be(800, 1500, 0.95, 1.0)), nd('公用经费', **be(80, 200))]),
             nd('项目支出', [nd('基本公共卫生服务补助', **be(300, 600)), nd('家庭医生签约服务', **be(50, 120)),
                         nd('重大传染病防控经费', **be(40, 100))])]
    tree(t, roots)
    return t


@spec
def s04():
    t = Table('sangong-qizhong', 2021, '青梧市', '市场监督管理局', 'dept', '## “三公”经费控制情况',
              '本局严格落实过紧日子要求，公务接待、公务用车等经费支出均控制在预算以内。')
    f = F(zmiss=True)
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('实际支出数（万元）', 'e', f),
              R('执行率', 'r', 'e', 'b', F()), NT('备注')]
    roots = [nd('因公出国（境）费', b=ZERO, e=ZERO, note='本年度未安排出国（境）任务'),
             nd('公务用车购置及运行维护费', [nd('公务用车购置费', b=ZERO, e=ZERO, note='未购置车辆'),
                                   nd('公务用车运行维护费', **be(8, 25, 0.7, 0.98, 0))], note=''),
             nd('公务接待费', **be(3, 12, 0.6, 0.95, 0), note='严格执行接待标准')]
    tree(t, roots, total='top', tlabel='“三公”经费合计', mark='qizhong')
    return t


@spec
def s05():
    t = Table('zijin-laiyuan-zongxiang', 2024, '澜源县', '水利局', 'proj', '## 资金到位及使用情况',
              '项目资金来源渠道明确，资金到位后按工程进度及时拨付。', proj='农村饮水安全巩固提升')
    f = F(zmiss=True, miss='-')
    t.cols = [L('资金来源'), A('全年预算数（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F(miss='-'))]
    roots = [nd('财政拨款', [nd('一般公共预算拨款', **be(400, 900)), nd('政府性基金预算拨款', b=ZERO, e=ZERO)]),
             nd('上年结转', **be(50, 150, 0.9, 1.0, 0.5)),
             nd('其他资金', **be(20, 60))]
    tree(t, roots, mark='qizhong')
    return t


@spec
def s06():
    t = Table('zijin-laiyuan-hengxiang-yuan', 2022, '云岫县', '交通运输局', 'proj', '## 资金来源构成',
              '各项目资金来源结构清晰，具体构成如下表。')
    f = F(sep=True, zmiss=True, miss='')
    t.cols = [L('项目名称'), A('资金合计（元）', 'tot', f, lin=[(1, 'fz'), (1, 'jz'), (1, 'qt')]),
              A('财政拨款（元）', 'fz', f), A('上年结转（元）', 'jz', f), A('其他资金（元）', 'qt', f)]
    roots = []
    for n in ['县道日常养护工程', '农村公路安防设施完善', '危旧桥梁加固改造', '乡镇客运站运营补贴', '公路应急抢险物资储备']:
        roots.append(nd(n, fz=amt(300000, 3000000),
                        jz=amt(50000, 500000) if rng.random() < 0.5 else ZERO,
                        qt=amt(20000, 300000) if rng.random() < 0.4 else ZERO))
    tree(t, roots, tlabel='总计')
    return t


@spec
def s07():
    t = Table('nianchu-tiaozheng', 2023, '岑江区', '民政局', 'dept', '## 预算调整及执行情况',
              '年度预算经调整后的执行情况汇总如下。')
    f = F()
    t.cols = [L('项目'), A('年初预算（万元）', 'b0', f), A('调整数（万元）', 'adj', F(zmiss=True)),
              A('全年预算（万元）', 'b', f, lin=[(1, 'b0'), (1, 'adj')]), A('执行数（万元）', 'e', f),
              R('执行率', 'r', 'e', 'b', F())]
    roots = []
    for n, lo, hi in [('人员经费', 600, 900), ('公用经费', 60, 120), ('城乡低保工作经费', 30, 80),
                      ('特困人员供养服务', 100, 260), ('养老服务设施运营补贴', 80, 200), ('残疾人生活补贴工作经费', 20, 60)]:
        b0 = amt(lo, hi)
        p = rng.random()
        adj = ZERO if p < 0.35 else (amt(2, float(b0) * 0.2) if p < 0.7 else -amt(1, float(b0) * 0.15))
        roots.append(nd(n, b0=b0, adj=adj, e=exe(b0 + adj, 0.85, 1.0)))
    tree(t, roots)
    return t


@spec
def s08():
    t = Table('fenjidu-leiji', 2020, '柳塘县', '文化广电旅游局', 'dept', '## 分季度支出进度',
              '本局按季度跟踪预算执行进度，累计进度情况如下。')
    f = F()
    t.cols = [L('季度'), A('计划支出（万元）', 'p', f), A('实际支出（万元）', 'a', f), R('季度执行率', 'r', 'a', 'p', F()),
              A('累计支出（万元）', 'cum', f), R('累计执行进度', 'cr', 'cum', 'P', F())]
    qs = ['第一季度', '第二季度', '第三季度', '第四季度']
    plans = [amt(80, 300) for _ in qs]
    acts = [exe(p, 0.85, 1.08, 0.1) for p in plans]
    P, Aa = sum(plans, ZERO), sum(acts, ZERO)
    cum = ZERO
    for i, q in enumerate(qs):
        cum += acts[i]
        t.add([q, cell(plans[i], f), cell(acts[i], f, 'amt'), cell(rate(acts[i], plans[i]), F(), 'rate'),
               cell(cum, f), cell(rate(cum, P), F(), 'rate')], 0, 'item', q)
    tr = t.add(['全年合计', cell(P, f), cell(Aa, f), cell(rate(Aa, P), F(), 'rate'), cell(None, f), cell(None, F(), 'rate')],
               'T', 'T', '全年合计')
    for c in (1, 2):
        t.rlin((tr, c), [(1, (i, c)) for i in range(4)], f'“{t.colname(c)}”列全年合计≠各季度之和', 'sum', extra=False)
    for r in range(5):
        t.rrate((r, 3), (r, 2), (r, 1), f'“{t.rows[r]["name"]}”行季度执行率≠实际支出/计划支出×100', extra=False)
    for i in range(4):
        terms = [(1, (i, 2))] + ([(1, (i - 1, 4))] if i else [])
        t.rlin((i, 4), terms, f'“{qs[i]}”累计支出≠上季累计+本季实际支出', 'row')
        t.rrate((i, 5), (i, 4), (tr, 1), f'“{qs[i]}”累计执行进度≠累计支出/全年计划×100')
    t.tree_meta = dict(sum_cols=[1, 2], row_lin=[], rates=[[3, 2, 1]])
    return t


@spec
def s09():
    t = Table('fenyue-yuan', 2023, '梅坞县', '不动产登记中心', 'dept', '## 分月支出情况',
              '本中心按月统计支出并滚动计算累计数，明细如下。')
    f = F(sep=True)
    t.cols = [L('月份'), A('当月支出（元）', 'm', f), A('累计支出（元）', 'c', f)]
    t.compact = True
    cum = ZERO
    ms = []
    for i in range(12):
        m = amt(120000, 480000) if i != 11 else amt(500000, 900000)
        ms.append(m)
        cum += m
        t.add([f'{i + 1}月', cell(m, f), cell(cum, f)], 0, 'item', f'{i + 1}月')
    tr = t.add(['全年合计', cell(sum(ms, ZERO), f), cell(cum, f)], 'T', 'T', '全年合计')
    t.rlin((tr, 1), [(1, (i, 1)) for i in range(12)], '“当月支出”列全年合计≠各月之和', 'sum', extra=False)
    for i in range(12):
        t.rlin((i, 2), [(1, (i, 1))] + ([(1, (i - 1, 2))] if i else []), f'“{i + 1}月”累计支出≠上月累计+当月支出', 'row')
    t.rlin((tr, 2), [(1, (11, 2))], '全年合计行累计支出≠12月累计支出', 'row')
    t.tree_meta = dict(sum_cols=[1], row_lin=[], rates=[])
    return t


@spec
def s10():
    t = Table('dagang-sanji', 2022, '棠溪区', '自然资源局', 'dept', '## 二、部门预算执行情况',
              '本局各类支出均按预算科目归集核算，执行情况列示如下。')
    f = F()
    t.cols = [L('项目（单位：万元）'), A('预算数', 'b', f), A('执行数', 'e', f), R('执行率(%)', 'r', 'e', 'b', F(pct=''))]
    roots = [nd('基本支出', [
        nd('人员经费', [nd('工资福利支出', **be(500, 900, 0.95, 1.0)), nd('对个人和家庭的补助', **be(30, 90))]),
        nd('公用经费', [nd('办公及印刷费', **be(8, 25)), nd('差旅费', **be(5, 18)), nd('维修（护）费', **be(3, 12))])]),
        nd('项目支出', [nd('国土空间规划编制', **be(80, 260, 0.6, 0.95)), nd('地质灾害隐患点监测', **be(30, 90)),
                    nd('耕地保护督察经费', **be(15, 50))])]
    tree(t, roots, total='top', mark='outline')
    return t


@spec
def s11():
    t = Table('xiaoji-fenzu', 2021, '杉湾县', '林业局', 'dept', '## 支出结构分析',
              '按支出类别分组汇总的预算执行情况如下表所示。')
    f = F()
    t.cols = [C('项目类别'), L('项目名称'), A('预算金额（万元）', 'b', f), A('实际支出（万元）', 'e', f),
              R('执行率', 'r', 'e', 'b', F())]
    groups = [nd('基本支出', [nd('人员经费', **be(400, 700, 0.95, 1.0)), nd('公用经费', **be(40, 90))]),
              nd('项目支出', [nd('森林防火专项', **be(50, 150)), nd('林业有害生物防治', **be(20, 80)),
                          nd('公益林生态效益补偿', **be(100, 400, 0.9, 1.0)), nd('国有林场改革补助', **be(30, 120))])]
    tree(t, groups, sub='小计')
    return t


@spec
def s12():
    t = Table('wuheji-beizhu', 2024, '荻浦区', '应急管理局', 'proj', '## 项目完成情况',
              '各项目资金使用与实施进度基本匹配，个别项目说明见备注。')
    f = F(suf='万元')
    t.cols = [L('项目名称'), A('预算安排', 'b', f), A('实际支出', 'e', f), R('执行率', 'r', 'e', 'b', F()), NT('备注')]
    items = [('应急物资储备购置', '已完成'), ('应急救援队伍训练', '按计划推进'), ('安全生产执法检查', ''),
             ('防汛抗旱应急演练', '部分演练延期'), ('自然灾害风险普查成果应用', '部分设备尚未到货')]
    tree(t, [nd(n, note=nt, **be(10, 180, 0.55, 1.0)) for n, nt in items], total='none')
    return t


@spec
def s13():
    t = Table('meige-yuan', 2023, '竹岗市', '疾病预防控制中心', 'dept', '## 支出明细',
              '本中心支出按经济性质归集，金额以元列示。')
    f = F(sep=True, suf='元')
    t.cols = [L('支出项目'), A('预算金额', 'b', f), A('实际支出', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    t.align = ['---', '---:', '---:', '---:']
    items = [('工资福利支出', 3000000, 8000000), ('商品和服务支出', 400000, 1500000), ('对个人和家庭的补助', 100000, 600000),
             ('资本性支出', 200000, 900000), ('传染病监测专项', 150000, 700000), ('免疫规划专项', 100000, 500000)]
    tree(t, [nd(n, **be(lo, hi)) for n, lo, hi in items])
    return t


@spec
def s14():
    t = Table('sangong-quanjiao', 2022, '芦陂县', '司法局', 'dept', '## “三公”经费支出',
              '本局公务用车运行维护和公务接待经费较上年有所压减，具体如下。')
    f = F(fw=True)
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('决算数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F(fw=True, pct='％'))]
    roots = [nd('因公出国（境）费', b=ZERO, e=ZERO), nd('公务用车运行维护费', **be(6, 20, 0.7, 0.98, 0)),
             nd('公务接待费', **be(2, 8, 0.5, 0.95, 0))]
    tree(t, roots)
    return t


@spec
def s15():
    t = Table('xiangmu-quanjiao-xuhao', 2021, '鹤溪县', '生态环境局', 'proj', '## 项目资金执行',
              '各项目资金均已纳入预算管理，执行情况如下。')
    f = F(fw=True)
    t.cols = [S('序号'), L('项目名称'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f),
              R('执行率', 'r', 'e', 'b', F(fw=True, pct='％'))]
    names = ['大气污染防治网格化监测', '重点河段水质自动监测站运维', '土壤污染状况详查', '农村生活污水治理设施运维', '生态环境执法能力建设']
    tree(t, [nd(n, **be(20, 260)) for n in names], seq='all')
    return t


@spec
def s16():
    t = Table('shouzhi-zongbiao-zongxiang', 2023, '××县', '统计局', 'dept', '## 收支预算执行情况',
              '本局收支预算执行情况及年末结余情况如下表。')
    f = F(zmiss=True)
    t.cols = [L('项目'), A('年初预算数（万元）', 'y0', f), A('全年预算数（万元）', 'y1', f), A('决算数（万元）', 'js', f)]
    inc = {}
    for n, lo, hi in [('财政拨款收入', 500, 900), ('事业收入', 20, 60), ('其他收入', 8, 20)]:
        y0 = amt(lo, hi)
        y1 = y0 + (amt(0.5, lo * 0.1) if rng.random() < 0.6 else ZERO)
        inc[n] = dict(y0=y0, y1=y1, js=q2(y1 * D(rng.randint(9900, 10000)) / 10000))
    I = {k: sum((v[k] for v in inc.values()), ZERO) for k in ('y0', 'y1', 'js')}
    ex_b, ex_p = {}, {}
    ex_b['y0'] = ex_b['y1'] = q2(I['y0'] * D(rng.randint(70, 80)) / 100)
    for k in ('y0', 'y1'):
        ex_p[k] = I[k] - ex_b[k]
    ex_b['js'] = exe(ex_b['y1'], 0.90, 0.97, 0)
    ex_p['js'] = exe(ex_p['y1'], 0.80, 0.97, 0)
    assert I['js'] - ex_b['js'] - ex_p['js'] > 0
    roots = [nd('本年收入合计', [nd(n, **v) for n, v in inc.items()]),
             nd('本年支出合计', [nd('基本支出', **ex_b), nd('项目支出', **ex_p)])]
    tree(t, roots, total='none')
    ri, re_ = roots[0]['ri'], roots[1]['ri']
    cells = ['年末结转和结余']
    for c, k in ((1, 'y0'), (2, 'y1'), (3, 'js')):
        cells.append(cell(roots[0]['v'][k] - roots[1]['v'][k], f))
    r = t.add(cells, 'X', 'item', '年末结转和结余')
    for c in (1, 2, 3):
        t.rlin((r, c), [(1, (ri, c)), (-1, (re_, c))], f'“{t.colname(c)}”列年末结转和结余≠收入合计−支出合计', 'row')
    return t


@spec
def s17():
    t = Table('shouzhi-zongbiao-shuangbian', 2022, '某区', '融媒体中心', 'dept', '## 收支总体情况',
              '本中心收支总体情况按收入方和支出方对照列示。')
    f = F(zmiss=True)
    t.cols = [L('收入项目'), A('金额（万元）', 'i', f), L('支出项目'), A('金额（万元）', 'x', f)]
    incn = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '事业收入', '其他收入']
    incv = [amt(600, 1100), ZERO, amt(80, 200), amt(5, 30)]
    I = sum(incv, ZERO)
    C0 = amt(20, 90)
    E = q2(I * D(rng.randint(9000, 9800)) / 10000)
    expn = ['一般公共服务支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出']
    expv = split(E, len(expn))
    Y = I + C0 - E
    n = max(len(incn), len(expn))
    for r in range(n):
        a = [incn[r], cell(incv[r], f)] if r < len(incn) else ['', cell(None, F(miss=''))]
        b = [expn[r], cell(expv[r], f)] if r < len(expn) else ['', cell(None, F(miss=''))]
        t.add(a + b, 'X', 'item', incn[r] if r < len(incn) else expn[r])
    r1 = t.add(['本年收入合计', cell(I, f), '本年支出合计', cell(E, f)], 'X', 'T', '本年收支合计')
    r2 = t.add(['上年结转结余', cell(C0, f), '年末结转结余', cell(Y, f)], 'X', 'item', '结转结余')
    r3 = t.add(['收入总计', cell(I + C0, f), '支出总计', cell(E + Y, f)], 'X', 'T', '总计')
    t.rlin((r1, 1), [(1, (r, 1)) for r in range(len(incn))], '本年收入合计≠各收入项目之和', 'sum')
    t.rlin((r1, 3), [(1, (r, 3)) for r in range(len(expn))], '本年支出合计≠各支出项目之和', 'sum')
    t.rlin((r3, 1), [(1, (r1, 1)), (1, (r2, 1))], '收入总计≠本年收入合计+上年结转结余', 'sum')
    t.rlin((r3, 3), [(1, (r1, 3)), (1, (r2, 3))], '支出总计≠本年支出合计+年末结转结余', 'sum')
    t.rlin((r3, 3), [(1, (r3, 1))], '收入总计≠支出总计', 'row')
    t.tree_meta = dict(sum_cols=[], row_lin=[], rates=[])
    return t


@spec
def s18():
    t = Table('xuhao-beizhu-xiegang', 2024, '桐川区', '人力资源和社会保障局', 'proj', '## 项目资金使用情况',
              '各项就业创业扶持资金使用情况及说明如下。')
    f = F(zmiss=True, miss='/')
    t.cols = [S('序号'), L('项目名称'), A('全年预算（万元）', 'b', f), A('实际支出（万元）', 'e', f),
              R('执行率', 'r', 'e', 'b', F(miss='/')), NT('备注')]
    items = [('职业技能提升培训补贴', '', be(80, 300)), ('就业困难人员社保补贴', '', be(50, 200)),
             ('创业担保贷款贴息', '据实结算', be(20, 90, 0.6, 0.9, 0)), ('劳动保障监察执法', '', be(10, 40)),
             ('人才引进安家补助', '项目取消，资金收回', dict(b=ZERO, e=ZERO)), ('零工市场建设运营', '', be(15, 60))]
    tree(t, [nd(n, note=nt, **v) for n, nt, v in items], seq='all', tlab_in_seq=True)
    return t


@spec
def s19():
    t = Table('jingji-fenlei-bianma', 2023, '青梧市', '审计局', 'dept', '## 按经济分类支出情况',
              '本局基本支出按政府预算支出经济分类科目列示如下。')
    f = F()
    t.cols = [S('科目编码'), L('科目名称'), A('预算数（万元）', 'b', f), A('决算数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('工资福利支出', seq='301', kids=[
        nd('基本工资', seq='30101', **be(150, 260, 0.97, 1.0, 0.6)), nd('津贴补贴', seq='30102', **be(100, 200, 0.95, 1.0)),
        nd('奖金', seq='30103', **be(20, 60)), nd('机关事业单位基本养老保险缴费', seq='30108', **be(40, 90, 0.95, 1.0))]),
        nd('商品和服务支出', seq='302', kids=[
            nd('办公费', seq='30201', **be(5, 20)), nd('差旅费', seq='30211', **be(8, 30)),
            nd('维修（护）费', seq='30213', **be(2, 10)), nd('培训费', seq='30216', **be(2, 8, 0.5, 0.9))]),
        nd('对个人和家庭的补助', seq='303', kids=[nd('退休费', seq='30302', **be(10, 40, 0.95, 1.0))])]
    tree(t, roots, total='top', seq='node')
    return t


@spec
def s20():
    t = Table('xiaoji-mingming-zongji', 2021, '枫岭县', '住房和城乡建设局', 'dept', '## 基本支出与项目支出执行情况',
              '本局支出分基本支出和项目支出列示，并单列结余资金。')
    f = F()
    t.cols = [C('支出类型'), L('明细项目'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f),
              A('结余（万元）', 'j', f, lin=[(1, 'b'), (-1, 'e')]), R('执行率', 'r', 'e', 'b', F())]
    groups = [nd('基本支出', [nd('人员经费', **be(500, 800, 0.96, 1.0)), nd('公用经费', **be(50, 110))]),
              nd('项目支出', [nd('老旧小区改造前期工作经费', **be(60, 200)), nd('城镇燃气安全排查整治', **be(20, 70)),
                          nd('建筑市场监管信息化', **be(15, 50)), nd('住房保障管理工作经费', **be(10, 40))])]
    tree(t, groups, sub='{}小计', tlabel='总计', cat_all=True)
    return t


@spec
def s21():
    t = Table('jieyu-qizhong', 2020, '澜源县', '退役军人事务局', 'dept', '## 预算执行及结余情况',
              '本局年度预算执行及结余资金情况如下表。')
    f = F()
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f),
              A('结余资金（万元）', 'j', f, lin=[(1, 'b'), (-1, 'e')]), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('基本支出', [nd('人员经费', **be(200, 380, 0.96, 1.0)), nd('公用经费', **be(20, 50))]),
             nd('项目支出', [nd('优抚对象抚恤补助工作经费', **be(30, 90)), nd('退役士兵适应性培训', **be(15, 50)),
                         nd('烈士纪念设施维护', **be(10, 40))])]
    tree(t, roots, mark='qizhong')
    return t


@spec
def s22():
    t = Table('xiangmu-zijin-chaifen', 2023, '云岫县', '农业技术推广中心', 'proj', '## 资金构成及执行',
              '项目资金由财政拨款和其他资金共同构成，分子项目执行情况如下。', proj='耕地质量提升')
    f = F()
    t.cols = [L('子项目名称'), A('全年预算合计（万元）', 'tot', f, lin=[(1, 'fz'), (1, 'qt')]),
              A('其中：财政拨款', 'fz', f), A('其中：其他资金', 'qt', f), A('执行数（万元）', 'e', f),
              R('执行率', 'r', 'e', 'tot', F())]
    roots = []
    for n in ['土壤改良示范区建设', '有机肥替代化肥试点', '耕地质量监测点建设', '测土配方施肥技术推广']:
        fz = amt(30, 200)
        qt = amt(5, 40) if rng.random() < 0.6 else ZERO
        roots.append(nd(n, fz=fz, qt=qt, e=exe(fz + qt, 0.75, 1.0)))
    tree(t, roots)
    return t


@spec
def s23():
    t = Table('jidu-fenlie', 2024, '岑江区', '城市管理局', 'proj', '## 分季度执行情况',
              '各项目按季度拨付资金，全年执行情况如下。')
    f = F()
    t.cols = [L('项目'), A('全年预算', 'b', f), A('第一季度', 'q1', f), A('第二季度', 'q2', f), A('第三季度', 'q3', f),
              A('第四季度', 'q4', f), A('全年执行', 'e', f, lin=[(1, 'q1'), (1, 'q2'), (1, 'q3'), (1, 'q4')]),
              R('执行率', 'r', 'e', 'b', F())]
    roots = []
    for n in ['市容环境卫生保洁', '城市照明设施维护', '园林绿化养护', '数字城管平台运维']:
        b = amt(60, 400)
        parts = split(exe(b, 0.85, 1.0), 4)
        roots.append(nd(n, b=b, q1=parts[0], q2=parts[1], q3=parts[2], q4=parts[3]))
    tree(t, roots)
    return t


@spec
def s24():
    t = Table('yuedu-wanchenglv', 2022, '柳塘县', '政务服务中心', 'dept', '## 月度用款计划完成情况',
              '本中心按月编制用款计划，各月完成情况如下。')
    f = F()
    t.cols = [L('月份'), A('月度计划（万元）', 'p', f), A('实际支出（万元）', 'a', f), R('完成率', 'r', 'a', 'p', F())]
    roots = []
    for i in range(12):
        p = amt(20, 80)
        roots.append(nd(f'{i + 1}月', p=p, a=q2(p * D(rng.randint(7000, 11500)) / 10000)))
    tree(t, roots)
    return t


@spec
def s25():
    t = Table('wubiaoji-sanji', 2023, '梅坞县', '医疗保障局', 'dept', '## 部门支出执行情况',
              '本局支出按基本支出和项目支出分层列示如下。')
    f = F()
    t.cols = [L('项目'), A('全年预算（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('基本支出', [
        nd('人员经费', [nd('工资福利支出', **be(180, 320, 0.96, 1.0)), nd('对个人和家庭的补助', **be(10, 30))]),
        nd('公用经费', [nd('商品和服务支出', **be(20, 50)), nd('资本性支出', **be(3, 15, 0.5, 1.0))])]),
        nd('项目支出', [nd('医保基金监管专项', **be(20, 80)), nd('医保信息平台运维', **be(30, 90))])]
    tree(t, roots)
    return t


@spec
def s26():
    t = Table('qizhong-quanbu-heji-zhiding', 2021, '棠溪区', '公共资源交易中心', 'dept', '## 预算执行情况',
              '本中心预算执行情况汇总如下。')
    f = F()
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('基本支出', [nd('人员经费', **be(120, 240, 0.96, 1.0)), nd('公用经费', **be(15, 40))]),
             nd('项目支出', [nd('交易平台运维', **be(20, 60)), nd('评标专家劳务费', **be(10, 30)), nd('交易档案数字化', **be(8, 25))])]
    tree(t, roots, total='top', mark='qizhong_all')
    return t


@spec
def s27():
    t = Table('sangong-yuan-tiaozheng', 2023, '杉湾县', '财政局', 'dept', '## 三公经费执行情况',
              '本局因公出国、公务用车和公务接待经费预算经压减调整后执行情况如下。')
    f = F(sep=True)
    t.cols = [L('项目'), A('年初预算（元）', 'b0', f), A('调整预算（元）', 'adj', f), A('全年预算（元）', 'b', f, lin=[(1, 'b0'), (1, 'adj')]),
              A('实际支出（元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    t.compact = True

    def mk(b0, cut):
        adj = -q2(b0 * D(cut) / 100) if cut else ZERO
        return dict(b0=b0, adj=adj, e=exe(b0 + adj, 0.7, 0.99, 0))
    roots = [nd('因公出国（境）费', b0=ZERO, adj=ZERO, e=ZERO),
             nd('公务用车购置及运行维护费', [nd('公务用车购置费', b0=ZERO, adj=ZERO, e=ZERO),
                                   nd('公务用车运行维护费', **mk(amt(60000, 150000), 10))]),
             nd('公务接待费', **mk(amt(20000, 60000), 15))]
    tree(t, roots, mark='qizhong')
    return t


@spec
def s28():
    t = Table('heji-zhiding-kongge', 2022, '荻浦区', '社会保险事业管理中心', 'dept', '## 年度预算执行',
              '本中心年度预算执行情况如下，未安排预算的项目留空。')
    f = F(zmiss=True, miss='')
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('支出数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F(miss=''))]
    roots = [nd('基本支出', [nd('人员经费', **be(150, 300, 0.96, 1.0)), nd('公用经费', **be(15, 45))]),
             nd('项目支出', [nd('社保经办服务能力提升', **be(20, 70)), nd('社保基金稽核', **be(8, 25)),
                         nd('待遇领取资格认证', b=ZERO, e=ZERO)])]
    tree(t, roots, total='top', mark='qizhong')
    return t


@spec
def s29():
    t = Table('zhixinglv-wubaifenhao', 2024, '竹岗市', '商务局', 'proj', '## 项目预算执行率',
              '各商务发展专项资金预算执行情况如下。')
    f = F()
    t.cols = [S('序号'), L('项目名称'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率(%)', 'r', 'e', 'b', F(pct=''))]
    names = ['外贸稳增长专项', '电子商务进农村示范', '县域商业体系建设', '消费促进活动经费', '招商引资推介']
    tree(t, [nd(n, **be(30, 500, 0.6, 1.0)) for n in names], seq='cn')
    return t


@spec
def s30():
    t = Table('dagang-zongji-yuan', 2020, '芦陂县', '信访局', 'dept', '## 支出情况',
              '本局支出按类别分列，金额以元为单位列示。')
    f = F(sep=True, suf='元')
    t.cols = [L('支出类别'), A('预算金额', 'b', f), A('实际支出', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    t.align = [':---', '---:', '---:', '---:']
    roots = [nd('基本支出', [nd('人员经费', **be(1500000, 3000000, 0.96, 1.0)), nd('公用经费', **be(150000, 400000))]),
             nd('项目支出', [nd('信访积案化解', **be(100000, 500000)), nd('矛盾纠纷多元调解', **be(50000, 200000)),
                         nd('信访信息系统运维', **be(40000, 150000))])]
    tree(t, roots, tlabel='总计', mark='outline')
    return t


@spec
def s31():
    t = Table('xuhao-yiji-qizhong', 2023, '某市', '科学技术局', 'proj', '## 专项资金执行情况',
              '科技专项资金按项目类别分配使用，执行情况如下。')
    f = F()
    t.cols = [S('序号'), L('项目'), A('全年预算（万元）', 'b', f), A('实际支出（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('科技计划项目', [nd('重点研发项目', **be(100, 300)), nd('农业科技示范项目', **be(30, 90))]),
             nd('高新技术企业培育奖励', **be(50, 200, 0.9, 1.0, 0.5)),
             nd('科技成果转化补助', [nd('技术合同登记奖补', **be(10, 40)), nd('中试基地运行补助', **be(20, 80))]),
             nd('科普宣传活动', **be(5, 20))]
    tree(t, roots, mark='qizhong', seq='top')
    return t


@spec
def s32():
    t = Table('daowei-zhichu-shuanglv', 2022, '鹤溪县', '乡村振兴局', 'proj', '## 资金到位与支出',
              '各级衔接资金到位及支出情况如下。', proj='衔接推进乡村振兴补助资金')
    f = F()
    t.cols = [L('资金来源'), A('计划下达（万元）', 'b', f), A('实际到位（万元）', 'd', f), A('实际支出（万元）', 'e', f),
              R('到位率', 'rd', 'd', 'b', F()), R('支出率', 're', 'e', 'd', F())]
    roots = []
    for n, lo, hi in [('中央财政衔接资金', 800, 2000), ('省级财政衔接资金', 300, 900), ('市级财政衔接资金', 100, 400), ('县级财政衔接资金', 100, 500)]:
        b = amt(lo, hi)
        d = exe(b, 0.85, 1.0, 0.5)
        roots.append(nd(n, b=b, d=d, e=exe(d, 0.8, 1.0)))
    tree(t, roots)
    return t


@spec
def s33():
    t = Table('suojin-cengji', 2021, '青梧市', '机关事务管理中心', 'dept', '## 整体支出执行',
              '本中心整体支出执行情况按层级列示如下。')
    f = F()
    t.cols = [L('项目'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [nd('基本支出', [nd('人员经费', **be(200, 360, 0.96, 1.0)),
                         nd('公用经费', [nd('办公费', **be(5, 15)), nd('物业管理费', **be(30, 80)), nd('水电费', **be(20, 60))])]),
             nd('项目支出', [nd('公务用车平台运维', **be(20, 70)), nd('机关食堂运营补助', **be(30, 90))])]
    tree(t, roots, total='top', mark='indent')
    return t


@spec
def s34():
    t = Table('jidu-zhanbi-yuan', 2023, '澜源县', '妇幼保健计划生育服务中心', 'dept', '## 支出进度',
              '本中心各季度支出占全年支出比重情况如下。')
    f = F(sep=True, suf='元')
    t.cols = [L('季度'), A('支出金额', 'a', f), R('占全年支出比重', 's', 'a', 'T', F())]
    qs = ['一季度', '二季度', '三季度', '四季度']
    vals = [amt(400000, 1200000) for _ in qs]
    T = sum(vals, ZERO)
    for i, q in enumerate(qs):
        t.add([q, cell(vals[i], f), cell(rate(vals[i], T), F(), 'rate')], 0, 'item', q)
    tr = t.add(['全年合计', cell(T, f), cell(rate(T, T), F(), 'rate')], 'T', 'T', '全年合计')
    t.rlin((tr, 1), [(1, (i, 1)) for i in range(4)], '“支出金额”列全年合计≠各季度之和', 'sum', extra=False)
    for i in range(5):
        t.rrate((i, 2), (i, 1), (tr, 1), f'“{t.rows[i]["name"]}”行占比≠支出金额/全年合计×100')
    t.tree_meta = dict(sum_cols=[1], row_lin=[], rates=[])
    return t


@spec
def s35():
    t = Table('wuheji-tiaozheng-xiegang', 2024, '云岫县', '体育发展中心', 'proj', '## 预算调整情况',
              '部分项目年中追加或调减预算，调整后执行情况如下。')
    f = F()
    t.cols = [L('项目名称'), A('年初预算（万元）', 'b0', f), A('调整数（万元）', 'adj', F(zmiss=True, miss='/')),
              A('全年预算（万元）', 'b', f, lin=[(1, 'b0'), (1, 'adj')]), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = []
    for n in ['全民健身赛事活动', '体育场馆免费低收费开放补助', '青少年体育训练', '社会体育指导员培训', '健身器材更新']:
        b0 = amt(10, 120)
        p = rng.random()
        adj = ZERO if p < 0.45 else (amt(1, float(b0) * 0.3) if p < 0.75 else -amt(1, float(b0) * 0.2))
        roots.append(nd(n, b0=b0, adj=adj, e=exe(b0 + adj, 0.7, 1.0)))
    tree(t, roots, total='none')
    return t


@spec
def s36():
    t = Table('gongneng-fenlei-sanji', 2022, '枫岭县', '发展和改革局', 'dept', '## 按功能分类支出情况',
              '本局支出按政府收支分类科目的类、款、项列示。')
    f = F()
    t.cols = [S('功能科目编码'), L('科目名称'), A('预算数（万元）', 'b', f), A('决算数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    roots = [
        nd('一般公共服务支出', seq='201', kids=[nd('发展与改革事务', seq='20104', kids=[
            nd('行政运行', seq='2010401', **be(200, 400, 0.96, 1.0)), nd('一般行政管理事务', seq='2010402', **be(20, 80)),
            nd('物价管理', seq='2010450', **be(5, 20))])]),
        nd('社会保障和就业支出', seq='208', kids=[nd('行政事业单位养老支出', seq='20805', kids=[
            nd('机关事业单位基本养老保险缴费支出', seq='2080505', **be(30, 60, 0.97, 1.0, 0.5)),
            nd('机关事业单位职业年金缴费支出', seq='2080506', **be(10, 30, 0.97, 1.0, 0.5))])]),
        nd('卫生健康支出', seq='210', kids=[nd('行政事业单位医疗', seq='21011', kids=[
            nd('行政单位医疗', seq='2101101', **be(15, 35, 0.95, 1.0))])]),
        nd('住房保障支出', seq='221', kids=[nd('住房改革支出', seq='22102', kids=[
            nd('住房公积金', seq='2210201', **be(20, 50, 0.98, 1.0, 0.6))])])]
    tree(t, roots, total='top', seq='node')
    return t


@spec
def s37():
    t = Table('xiangzhen-bofu', 2023, '柳塘县', '农业农村局', 'proj', '## 资金分配及拨付情况',
              '项目资金按因素法分配至各乡镇，拨付情况如下。', proj='农村人居环境整治提升')
    f = F()
    t.cols = [S('序号'), L('乡镇名称'), A('下达资金（万元）', 'b', f), A('拨付资金（万元）', 'e', f), R('拨付率', 'r', 'e', 'b', F())]
    towns = ['鹤鸣镇', '石桥乡', '白马乡', '青龙镇', '柳溪镇', '桃源乡', '金竹镇', '龙潭乡', '松林镇', '枫木乡']
    tree(t, [nd(n, **be(30, 160, 0.7, 1.0, 0.4)) for n in towns], seq='all')
    return t


@spec
def s38():
    t = Table('heji-zhiding-xiaoji', 2024, '桐川区', '卫生健康局', 'dept', '## 支出分类汇总',
              '本局支出按人员、公用和项目经费分类汇总如下。')
    f = F()
    t.cols = [C('类别'), L('项目'), A('预算数（万元）', 'b', f), A('执行数（万元）', 'e', f), R('执行率', 'r', 'e', 'b', F())]
    groups = [nd('人员经费', [nd('基本工资', **be(150, 300, 0.98, 1.0, 0.5)), nd('津贴补贴', **be(80, 200, 0.95, 1.0)),
                          nd('绩效工资', **be(60, 150, 0.9, 1.0)), nd('社会保障缴费', **be(40, 100, 0.95, 1.0))]),
              nd('公用经费', [nd('办公费', **be(5, 20)), nd('水电费', **be(5, 15)), nd('培训费', **be(2, 10, 0.5, 1.0))]),
              nd('项目经费', [nd('基层医疗机构能力提升', **be(80, 300)), nd('健康教育宣传', **be(10, 40))])]
    tree(t, groups, total='top', sub='{}小计', sub_in_cat=True)
    return t


@spec
def s39():
    t = Table('shangbannian-fenyue', 2021, '××县', '环境卫生管理中心', 'dept', '## 上半年支出进度',
              '本中心上半年各月支出情况如下。')
    f = F()
    keys = [f'm{i}' for i in range(1, 7)]
    t.cols = [L('项目（万元）')] + [A(f'{i}月', k, f) for i, k in enumerate(keys, 1)] + \
             [A('上半年合计', 'h', f, lin=[(1, k) for k in keys])]
    roots = []
    for n in ['道路清扫保洁', '垃圾收集转运', '公厕管理维护', '环卫设施维修']:
        roots.append(nd(n, **{k: amt(3, 40) for k in keys}))
    tree(t, roots)
    return t


@spec
def s40():
    t = Table('zhongdian-xiangmu-qianfen', 2023, '某县', '交通运输局', 'proj', '## 重点项目资金执行情况',
              '重点交通项目资金由当年预算和上年结转共同保障，执行情况如下。')
    f = F(sep=True, zmiss=True, miss='——')
    t.cols = [L('项目名称'), A('全年预算（万元）', 'b', f), A('上年结转（万元）', 'jz', f),
              A('可用资金（万元）', 'kz', f, lin=[(1, 'b'), (1, 'jz')]), A('实际支出（万元）', 'e', f), R('执行率', 'r', 'e', 'kz', F())]
    roots = []
    for n in ['国道改线工程', '县乡道路提档升级', '农村公路桥梁新建', '公路养护站建设', '交通安全设施补强']:
        b = amt(800, 6000)
        jz = amt(100, 1500) if rng.random() < 0.6 else ZERO
        roots.append(nd(n, b=b, jz=jz, e=exe(b + jz, 0.7, 1.0)))
    tree(t, roots, tlabel='总计')
    return t


# ================================================================ rendering
def ctext(x):
    if isinstance(x, tuple):
        return render_num(x[1], x[2], x[3])
    return x


def rowline(cells, compact):
    if compact:
        return '|' + '|'.join(cells) + '|'
    return '| ' + ' | '.join(cells) + ' |'


def render(t, texts):
    lines = [t.title, '', t.heading, '', t.prose, '']
    lines.append(rowline([c['h'] for c in t.cols], t.compact))
    al = t.align or ['---'] * len(t.cols)
    lines.append('|' + '|'.join(al) + '|')
    first = len(lines) + 1  # 1-based line number of first body row
    for row in texts:
        lines.append(rowline(row, t.compact))
    return '\n'.join(lines) + '\n', first


def parse_num(s):
    s = unicodedata.normalize('NFKC', s).strip()
    if s in ('', '—', '-', '/', '——'):
        return None
    for suf in ('万元', '元', '%'):
        if s.endswith(suf):
            s = s[:-len(suf)]
    return D(s.replace(',', ''))


def getv(vals, rc):
    v = vals.get(rc)
    return ZERO if v is None else v


def broken(t, vals):
    out = []
    for rel in t.rels:
        if rel['kind'] == 'lin':
            ok = getv(vals, rel['t']) == sum((co * getv(vals, x) for co, x in rel['terms']), ZERO)
        else:
            exp = rate(getv(vals, rel['num']), getv(vals, rel['den']))
            ok = vals.get(rel['t']) == exp
        if not ok:
            out.append(rel)
    return out


def mutate(text, is_rate):
    norm = unicodedata.normalize('NFKC', text)
    assert len(norm) == len(text)
    dot = norm.index('.')
    ipos = [i for i in range(dot) if norm[i].isdigit()]
    old = abs(parse_num(norm))
    iopts, dopts = [], []
    for p in ipos + [dot + 1]:
        for d in '0123456789':
            if d == norm[p]:
                continue
            if p == ipos[0] and len(ipos) > 1 and d == '0':
                continue
            new = abs(parse_num(norm[:p] + d + norm[p + 1:]))
            if is_rate and (new > 100 or abs(new - old) > 20):
                continue
            if not is_rate and not (old / 2 <= new <= old * 3 / 2):
                continue
            (dopts if p == dot + 1 else iopts).append((p, d))
    opts = dopts if (rng.random() < 0.25 or not iopts) else iopts
    if not opts:
        return None
    p, d = rng.choice(opts)
    ch = chr(0xFF10 + int(d)) if ord(text[p]) >= 0xFF10 else d
    return text[:p] + ch + text[p + 1:]


def main():
    for sub in ('clean', 'bad'):
        d = os.path.join(BASE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    meta = {}
    answers = ['file\tline\told\tnew\tnote']
    deficit = 0
    stats = {'sum': 0, 'rate': 0}
    for idx, fn in enumerate(SPECS):
        t = fn()
        nn = f'{idx + 1:02d}-{t.slug}.md'
        assert not (set(t.prose) & NUMERAL_CHARS), nn
        texts = [[ctext(x) for x in r['cells']] for r in t.rows]
        vals = {}
        for r, row in enumerate(t.rows):
            for c, x in enumerate(row['cells']):
                if isinstance(x, tuple):
                    vals[(r, c)] = parse_num(texts[r][c])
                    if x[1] is not None:
                        assert vals[(r, c)] == x[1] or (x[3] == 'amt' and x[1] == 0 and vals[(r, c)] is None), (nn, r, c)
        bad = broken(t, vals)
        assert not bad, (nn, [b['desc'] for b in bad])
        clean, first = render(t, texts)
        with open(os.path.join(BASE, 'clean', nn), 'w', encoding='utf-8') as fh:
            fh.write(clean)
        tm = t.tree_meta or dict(sum_cols=[], row_lin=[], rates=[])
        meta[nn] = dict(levels=[r['level'] for r in t.rows],
                        num_cols=[i for i, c in enumerate(t.cols) if c['role'] in ('amt', 'rate')],
                        extra=t.extra, **tm)

        # ---- corruption
        def nonzero(rc):
            v = vals.get(rc)
            return v is not None and v != 0
        rate_pool = [r['t'] for r in t.rels if r['kind'] == 'rate' and nonzero(r['t']) and vals[r['t']] < 100]
        sum_t = {r['t'] for r in t.rels if r['kind'] == 'lin' and r['grp'] == 'sum'}
        row_t = {r['t'] for r in t.rels if r['kind'] == 'lin' and r['grp'] == 'row'}
        body = {x for r in t.rels if r['kind'] == 'lin' and r['grp'] == 'sum' for _, x in r['terms']} - sum_t - row_t
        pools = [(3, sorted(x for x in sum_t if nonzero(x))), (1, sorted(x for x in row_t if nonzero(x))),
                 (2, sorted(x for x in body if nonzero(x)))]
        pools = [p for p in pools if p[1]]
        want = 'sum' if idx % 2 == 0 else 'rate'
        if want == 'rate' and not rate_pool:
            want, deficit = 'sum', deficit + 1
        elif want == 'sum' and deficit and rate_pool:
            want, deficit = 'rate', deficit - 1
        for _ in range(200):
            if want == 'rate':
                rc = rng.choice(sorted(set(rate_pool)))
            else:
                pool = rng.choices([p[1] for p in pools], weights=[p[0] for p in pools])[0]
                rc = rng.choice(pool)
            old = texts[rc[0]][rc[1]]
            new = mutate(old, want == 'rate')
            if new is None:
                continue
            v2 = dict(vals)
            v2[rc] = parse_num(new)
            br = broken(t, v2)
            if br:
                break
        else:
            raise RuntimeError(nn)
        stats[want] += 1
        texts2 = [list(r) for r in texts]
        texts2[rc[0]][rc[1]] = new
        badtxt, _ = render(t, texts2)
        with open(os.path.join(BASE, 'bad', nn), 'w', encoding='utf-8') as fh:
            fh.write(badtxt)
        note = ('比率关系：' if want == 'rate' else '求和关系：') + '；'.join(b['desc'] for b in br[:3])
        if len(br) > 3:
            note += f'等共{len(br)}处'
        answers.append('\t'.join([nn, str(first + rc[0]), old, new, note]))
    with open(os.path.join(BASE, 'bad', 'ANSWERS.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(answers) + '\n')
    with open(os.path.join(BASE, 'meta.json'), 'w', encoding='utf-8') as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(len(SPECS), 'files;', stats)


if __name__ == '__main__':
    main()
