#!/usr/bin/env python3
"""Holdout generator: 30 synthetic 预算绩效自评报告 (clean + one-cell-corrupted).

Standard library only; all arithmetic in decimal.Decimal.
Writes clean/NN.md, bad/NN.md, bad/ANSWERS.tsv and spec/NN.json (relation
spec by line/column, used by verify.py which re-parses the Markdown).
"""
import os, re, json, random
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240917


# ----------------------------------------------------------------- numbers
def rq(x, dec=2):
    q = D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    return q.copy_abs() if q == 0 else q


def fnum(v, dec=2, sep=False):
    return format(rq(v, dec), (',' if sep else '') + '.%df' % dec)


class AF:  # amount formatter
    def __init__(s, dec=2, sep=False, unit='', zero=None, missing='—'):
        s.dec, s.sep, s.unit, s.zero, s.missing = dec, sep, unit, zero, missing

    def __call__(s, v):
        if v is None:
            return s.missing
        if v == 0 and s.zero is not None:
            return s.zero
        return fnum(v, s.dec, s.sep) + s.unit


class RF:  # rate formatter
    def __init__(s, dec=2, pct=True, missing='—'):
        s.dec, s.pct, s.missing = dec, pct, missing

    def __call__(s, v):
        if v is None:
            return s.missing
        return fnum(v, s.dec) + ('%' if s.pct else '')


def frac(lo, hi):
    return D(random.randint(int(lo * 10000), int(hi * 10000))) / 10000


def money(u, lo=None, hi=None, intp=0.4):
    if u == '万元':
        lo = lo or 10
        hi = hi or 600
        if random.random() < intp:
            return rq(random.randint(lo, hi))
        return rq(D(random.randint(lo * 100, hi * 100)) / 100)
    lo = lo or 50000
    hi = hi or 3000000
    if random.random() < 0.6:
        return rq(random.randint(lo // 100, hi // 100) * 100)
    return rq(D(random.randint(lo * 100, hi * 100)) / 100)


def execof(b, lo=0.72, hi=0.995, full=0.2):
    if random.random() < full:
        return b
    return rq(b * frac(lo, hi))


def split_total(total, n, dec=2, zero_p=0.0):
    unit = D(1).scaleb(-dec)
    cents = int(total / unit)
    ws = [0 if random.random() < zero_p else random.randint(20, 100) for _ in range(n)]
    if sum(ws) == 0:
        ws[-1] = 50
    W = sum(ws)
    parts = [cents * w // W for w in ws]
    i = max(range(n), key=lambda k: ws[k])
    parts[i] += cents - sum(parts)
    return [rq(D(p) * unit, dec) for p in parts]


def adjof(b0, u):
    r = random.random()
    if r < 0.35:
        return rq(0)
    mag = rq(b0 * frac(0.03, 0.3))
    if u == '元' and random.random() < 0.5:
        mag = rq(int(mag / 100) * 100 or 100)
    return -mag if r < 0.6 else mag


# ----------------------------------------------------------------- names
CA, CB = '岚柘榆槐棠菱芷蓼荻楠桐杉', '溪川丰塘坪湾岗陂源峪'
TA, TB = '青石白云杨柳桃李梅竹松柏金龙凤丰安和新', '桥湾口坪岭山河塘集铺'

DEPTS = {
    'agri': dict(name='农业农村局', func='agri', projects=[
        '高标准农田建设', '农村人居环境整治', '动物疫病防控', '农业技术推广', '耕地地力保护补贴发放',
        '农产品质量安全监测', '农机购置补贴'], ind=[
        ('新建高标准农田', '亩', 8000, 30000), ('培训高素质农民', '人次', 300, 1500),
        ('畜禽强制免疫', '万头只', 20, 90), ('农产品抽检', '批次', 400, 1600)]),
    'edu': dict(name='教育局', func='edu', projects=[
        '学生资助', '校舍维修改造', '乡村教师培训', '农村义务教育学生营养改善计划', '教育信息化建设',
        '学前教育普惠扶持'], ind=[
        ('资助家庭经济困难学生', '人次', 2000, 9000), ('维修改造校舍面积', '平方米', 3000, 20000),
        ('培训乡村教师', '人次', 300, 1800), ('配备多媒体教室', '间', 40, 200)]),
    'health': dict(name='卫生健康局', func='health', projects=[
        '基本公共卫生服务', '家庭医生签约服务', '重大疾病预防控制', '基层医疗机构设备购置', '妇幼健康服务',
        '健康教育宣传'], ind=[
        ('建立居民电子健康档案', '份', 50000, 200000), ('家庭医生签约', '户', 8000, 40000),
        ('开展健康教育讲座', '场', 60, 300), ('孕产妇系统管理', '人', 900, 4000)]),
    'trans': dict(name='交通运输局', func='trans', projects=[
        '农村公路养护', '危桥改造', '城乡客运补贴', '公路安全生命防护工程', '交通运输执法装备购置',
        '渡口渡船安全管理'], ind=[
        ('农村公路日常养护里程', '公里', 600, 2400), ('改造危桥', '座', 6, 30),
        ('实施安防工程', '公里', 40, 200), ('开通城乡公交线路', '条', 8, 40)]),
    'water': dict(name='水利局', func='water', projects=[
        '小型水库除险加固', '河道综合治理', '农村饮水安全巩固提升', '山洪灾害防治', '水土保持综合治理',
        '水利工程运行管护'], ind=[
        ('治理河道长度', '公里', 10, 60), ('除险加固小型水库', '座', 3, 18),
        ('巩固提升受益人口', '人', 8000, 60000), ('治理水土流失面积', '平方公里', 5, 40)]),
    'civil': dict(name='民政局', func='civil', projects=[
        '城乡最低生活保障', '特困人员救助供养', '养老服务体系建设', '临时救助', '困难残疾人生活补贴',
        '社区治理能力提升'], ind=[
        ('保障城乡低保对象', '人', 3000, 15000), ('新建农村养老服务站', '个', 5, 30),
        ('发放临时救助', '人次', 400, 2500), ('发放残疾人两项补贴', '人', 2000, 9000)]),
    'culture': dict(name='文化广电旅游局', func='culture', projects=[
        '公共文化场馆免费开放', '送戏下乡', '文物保护修缮', '农家书屋出版物更新', '全域旅游宣传推介',
        '非物质文化遗产保护'], ind=[
        ('开展送戏下乡演出', '场', 60, 300), ('更新农家书屋', '个', 40, 220),
        ('修缮文物保护单位', '处', 3, 15), ('举办群众文化活动', '场', 50, 260)]),
    'forest': dict(name='林业局', func='forest', projects=[
        '森林防火', '生态公益林管护', '林业有害生物防治', '国土绿化造林', '古树名木保护',
        '林业科技推广'], ind=[
        ('完成人工造林', '亩', 2000, 12000), ('管护生态公益林', '万亩', 20, 120),
        ('防治林业有害生物', '亩', 5000, 30000), ('聘用生态护林员', '人', 100, 600)]),
}

FUNC = {
    'agri': ('213', '农林水支出', [
        ('21301', '农业农村', [('2130101', '行政运行'), ('2130104', '事业运行'),
                              ('2130106', '科技转化与推广服务'), ('2130108', '病虫害控制'),
                              ('2130122', '农业生产发展'), ('2130153', '农田建设')]),
        ('21305', '巩固脱贫攻坚成果衔接乡村振兴', [('2130504', '农村基础设施建设'), ('2130505', '生产发展')])]),
    'edu': ('205', '教育支出', [
        ('20501', '教育管理事务', [('2050101', '行政运行'), ('2050102', '一般行政管理事务')]),
        ('20502', '普通教育', [('2050201', '学前教育'), ('2050202', '小学教育'), ('2050203', '初中教育'),
                              ('2050204', '高中教育')])]),
    'health': ('210', '卫生健康支出', [
        ('21001', '卫生健康管理事务', [('2100101', '行政运行'), ('2100199', '其他卫生健康管理事务支出')]),
        ('21004', '公共卫生', [('2100401', '疾病预防控制机构'), ('2100403', '妇幼保健机构'),
                              ('2100408', '基本公共卫生服务'), ('2100409', '重大公共卫生服务')])]),
    'trans': ('214', '交通运输支出', [
        ('21401', '公路水路运输', [('2140101', '行政运行'), ('2140104', '公路建设'), ('2140106', '公路养护'),
                                  ('2140112', '公路运输管理')])]),
    'water': ('213', '农林水支出', [
        ('21303', '水利', [('2130301', '行政运行'), ('2130305', '水利工程建设'), ('2130306', '水利工程运行与维护'),
                          ('2130311', '水资源节约管理与保护'), ('2130314', '防汛')])]),
    'civil': ('208', '社会保障和就业支出', [
        ('20802', '民政管理事务', [('2080201', '行政运行'), ('2080208', '基层政权建设和社区治理')]),
        ('20810', '社会福利', [('2081002', '老年福利'), ('2081004', '殡葬')]),
        ('20819', '最低生活保障', [('2081901', '城市最低生活保障金支出'), ('2081902', '农村最低生活保障金支出')])]),
    'culture': ('207', '文化旅游体育与传媒支出', [
        ('20701', '文化和旅游', [('2070101', '行政运行'), ('2070104', '图书馆'), ('2070108', '文化活动'),
                                ('2070109', '群众文化')]),
        ('20702', '文物', [('2070204', '文物保护')])]),
    'forest': ('213', '农林水支出', [
        ('21302', '林业和草原', [('2130201', '行政运行'), ('2130205', '森林资源培育'),
                                ('2130209', '森林生态效益补偿'), ('2130234', '林业草原防灾减灾')])]),
}
COMMON_FUNC = [
    ('208', '社会保障和就业支出', ('20805', '行政事业单位养老支出',
                                   [('2080505', '机关事业单位基本养老保险缴费支出'), ('2080506', '机关事业单位职业年金缴费支出')])),
    ('210', '卫生健康支出', ('21011', '行政事业单位医疗', [('2101101', '行政单位医疗'), ('2101102', '事业单位医疗')])),
    ('221', '住房保障支出', ('22102', '住房改革支出', [('2210201', '住房公积金')])),
]
ECON = [
    ('301', '工资福利支出', [('30101', '基本工资'), ('30102', '津贴补贴'), ('30103', '奖金'), ('30107', '绩效工资'),
                             ('30108', '机关事业单位基本养老保险缴费'), ('30110', '职工基本医疗保险缴费'),
                             ('30113', '住房公积金')]),
    ('302', '商品和服务支出', [('30201', '办公费'), ('30202', '印刷费'), ('30205', '水费'), ('30206', '电费'),
                               ('30211', '差旅费'), ('30215', '会议费'), ('30216', '培训费'), ('30228', '工会经费'),
                               ('30231', '公务用车运行维护费')]),
    ('303', '对个人和家庭的补助', [('30302', '退休费'), ('30305', '生活补助'), ('30309', '奖励金')]),
    ('310', '资本性支出', [('31002', '办公设备购置'), ('31007', '信息网络及软件购置更新')]),
]
PERS = ['基本工资', '津贴补贴', '奖金', '绩效工资', '社会保障缴费', '住房公积金']
PUB = ['办公费', '印刷费', '水电费', '邮电费', '差旅费', '维修（护）费', '会议费', '培训费', '公务用车运行维护费', '工会经费']
SOURCES = ['中央财政补助资金', '省级财政补助资金', '市级财政补助资金', '县级财政配套资金']


# ----------------------------------------------------------------- tables
def lab(k, h):
    return dict(key=k, head=h, kind='lab')


def amtc(k, h, f, rf=None):
    return dict(key=k, head=h, kind='amt', fmt=f, rfmt=rf)


def ratec(k, h, f):
    return dict(key=k, head=h, kind='rate', fmt=f)


UNIT_RE = re.compile(r'（(万元|元|%|分)）$')


class MT:
    def __init__(s, rep, cols, caption=None):
        s.rep, s.cols = rep, cols
        s.kidx = {c['key']: i for i, c in enumerate(cols)}
        s.rows = []
        s.tid = len(rep.tables)
        rep.tables.append(s)
        s.caption = caption or []
        s.align = random.choice(['std', 'std', 'plain', 'center'])

    def add(s, name, lab=None, blank=False, rate_row=False, **v):
        s.rows.append(dict(name=name, lab=lab or {}, v=v, blank=blank, rate_row=rate_row))
        return len(s.rows) - 1

    def header(s):
        return [c['head'] for c in s.cols]

    def seprow(s):
        out = []
        for c in s.cols:
            if s.align == 'plain':
                out.append('---')
            elif s.align == 'center':
                out.append(':---:')
            else:
                out.append(':---' if c['kind'] == 'lab' else '---:')
        return out

    def cells(s, r):
        row = s.rows[r]
        out = []
        for c in s.cols:
            k = c['key']
            if c['kind'] == 'lab':
                out.append(row['lab'].get(k, ''))
            elif row['blank']:
                out.append('')
            elif row['rate_row'] and c['kind'] == 'amt':
                out.append(c['rfmt'](row['v'].get(k)))
            else:
                out.append(c['fmt'](row['v'].get(k)))
        return out

    # values
    def val(s, r, k):
        x = s.rows[r]['v'].get(k)
        return D(0) if x is None else x

    def setsum(s, p, ch, keys):
        for k in keys:
            s.rows[p]['v'][k] = rq(sum((s.val(c, k) for c in ch), D(0)))

    def setrate(s, r, t, n, d, dec):
        den = s.val(r, d)
        s.rows[r]['v'][t] = None if den == 0 else rq(s.val(r, n) / den * 100, dec)

    # relations
    def ref(s, r, k):
        return ('c', s.tid, r, s.kidx[k])

    def hn(s, k):
        return UNIT_RE.sub('', s.cols[s.kidx[k]]['head'])

    def nm(s, r):
        return s.rows[r]['name']

    def vsum(s, p, ch, keys, tol=D(0)):
        names = [s.nm(c) for c in ch]
        cd = '、'.join(names) if len(names) <= 3 else '、'.join(names[:2]) + '等%d行' % len(names)
        for k in keys:
            s.rep.rels.append(dict(kind='lin', role='vsum', target=s.ref(p, k),
                                   terms=[(1, s.ref(c, k)) for c in ch], tol=str(tol),
                                   desc='「%s」列：「%s」= %s之和' % (s.hn(k), s.nm(p), cd)))

    def hlin(s, r, t, terms, role='row'):
        expr = ''
        for i, (cf, k) in enumerate(terms):
            expr += ('' if i == 0 else (' + ' if cf > 0 else ' - ')) + s.hn(k)
        s.rep.rels.append(dict(kind='lin', role=role, target=s.ref(r, t),
                               terms=[(cf, s.ref(r, k)) for cf, k in terms], tol='0',
                               desc='「%s」行：%s = %s' % (s.nm(r), s.hn(t), expr)))

    def rrate(s, r, t, n, d, dec):
        s.rep.rels.append(dict(kind='ratio', role='ratio', target=s.ref(r, t), num=s.ref(r, n), den=s.ref(r, d),
                               dec=dec, desc='「%s」行：%s = %s ÷ %s' % (s.nm(r), s.hn(t), s.hn(n), s.hn(d))))


def unit_mode(o, u):
    m = o.get('unit', 'head')
    if m == 'head':
        return '（%s）' % u, None, ''
    if m == 'cap':
        return '', o.get('capu') or random.choice(['单位：%s' % u, '（金额单位：%s）' % u, '金额单位：%s' % u]), ''
    if m == 'cell':
        return '', None, u
    raise ValueError(m)


def caption(ctx, o, capu, title):
    out = []
    if o.get('tt', True):
        ctx['tno'] += 1
        t = '表%d　%s年度%s' % (ctx['tno'], ctx['year'], title)
        if capu and o.get('capinline'):
            t += '（%s）' % capu.strip('（）')
            capu = None
        out.append(t)
    if capu:
        out.append(capu)
    return out


def mention(mt, r, k, sep=None):
    """Number text for prose + reference to the cell."""
    col = mt.cols[mt.kidx[k]]
    v = mt.rows[r]['v'][k]
    if col['kind'] == 'rate' or mt.rows[r]['rate_row']:
        f = col['fmt'] if col['kind'] == 'rate' else col['rfmt']
        return (fnum(v, f.dec), mt.ref(r, k))
    f = col['fmt']
    return (fnum(v, f.dec, f.sep if sep is None else sep), mt.ref(r, k))


def total_lab(o, seq, T):
    if seq:
        return {'seq': T, 'name': ''} if o.get('total_in_seq') else {'seq': '', 'name': T}
    return {'name': T}


# ---------------------------------------------------------------- builders
def b_proj(rep, ctx, o):
    """Flat project table: [序号] 名称 [年初 调整] 全年 执行 执行率 [结余]."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu)
    FA = AF(2, sep, cu, zero=o.get('zero_adj'))
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    base = o.get('base', '全年预算')
    seq, adj, bal = o.get('seq'), o.get('adj', True), o.get('bal', True)
    cols = [lab('seq', '序号')] if seq else []
    cols.append(lab('name', o.get('namehead', '项目名称')))
    if adj:
        cols += [amtc('b0', '年初预算' + hs, F), amtc('adj', '调整数' + hs, FA)]
    cols += [amtc('b', base + hs, F), amtc('e', o.get('exname', '执行数') + hs, F)]
    rc = ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)
    if bal:
        bc = amtc('bal', o.get('balname', '结余') + hs, F)
        cols += [bc, rc] if o.get('bal_before_rate') else [rc, bc]
    else:
        cols.append(rc)
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '项目支出预算执行情况表')))
    T = o.get('total', '合计')
    if o.get('tfirst'):
        tr = mt.add(T, total_lab(o, seq, T))
    leaves = []
    given = o.get('given')
    names = [g[0] for g in given] if given else o.get('names') or random.sample(ctx['rows'], o.get('n', 4))
    for i, nm in enumerate(names):
        if given:
            b0 = given[i][1]
            a = rq(0)
            e = given[i][2]
        else:
            b0 = money(u, *o.get('range', ()))
            a = adjof(b0, u) if adj else rq(0)
            e = None
        b = b0 + a
        if e is None:
            e = execof(b)
        v = dict(b=b, e=e)
        if adj:
            v.update(b0=b0, adj=a)
        if bal:
            v['bal'] = b - e
        leaves.append(mt.add(nm, {'seq': str(i + 1), 'name': nm}, **v))
    if not o.get('tfirst'):
        tr = mt.add(T, total_lab(o, seq, T))
    keys = (['b0', 'adj'] if adj else []) + ['b', 'e'] + (['bal'] if bal else [])
    mt.setsum(tr, leaves, keys)
    mt.vsum(tr, leaves, keys)
    for r in leaves + [tr]:
        if adj:
            mt.hlin(r, 'b', [(1, 'b0'), (1, 'adj')])
        if bal:
            mt.hlin(r, 'bal', [(1, 'b'), (-1, 'e')])
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', B0='b0' if adj else None,
                leaves=leaves, bal='bal' if bal else None)


def b_src(rep, ctx, o):
    """Funding-source table with parent/children (其中 / 一、（一） / （一）1.)."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    dw = o.get('daowei')
    cols = [lab('name', o.get('namehead', '资金来源'))]
    cols.append(amtc('b', o.get('bname', '全年预算') + hs, F))
    if dw:
        cols += [amtc('d', '到位资金' + hs, F), ratec('drate', '到位率' + ('' if R.pct else '（%）'), R)]
    cols += [amtc('e', '执行数' + hs, F), ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)]
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '资金来源及执行情况表')))
    style = o.get('style', 'qz')
    rounding = o.get('rounding')
    # data
    if o.get('given'):
        kids = o['given']['kids']            # [(label, b, e)]
        other = o['given'].get('other')      # (label, b, e) or None
    else:
        labs = sorted(random.sample(range(4), o.get('nk', 3)))
        kids = []
        for i in labs:
            if rounding:
                ub = D(random.randint(5000000, 90000000)) / 100   # 元, with cents
                ue = rq(ub * frac(0.75, 0.99)) if random.random() < 0.8 else ub
                kids.append((SOURCES[i], ub, ue))
            else:
                b = money(u, 20, 900)
                kids.append((SOURCES[i], b, execof(b)))
        other = None
        if o.get('other', True):
            if rounding:
                ub = D(random.randint(1000000, 20000000)) / 100
                other = ('单位自有资金', ub, rq(ub * frac(0.6, 0.98)))
            else:
                b = money(u, 5, 200)
                other = (random.choice(['单位自有资金', '其他资金']), b, execof(b))
    pname = o.get('pname', '财政拨款资金')
    if style == 'qz':
        plab = ('一、' if other and o.get('num1', True) else '') + pname
        klabs = ['其中：' + kids[0][0]] + ['　　　' + k[0] for k in kids[1:]]
        olab = ('二、' if o.get('num1', True) else '') + other[0] if other else None
    elif style == 'paren':
        plab = '一、' + pname
        klabs = ['（%s）%s' % ('一二三四'[i], k[0]) for i, k in enumerate(kids)]
        olab = '二、' + other[0] if other else None
    else:  # 'num'
        plab = '（一）' + pname
        klabs = ['%d.%s' % (i + 1, k[0]) for i, k in enumerate(kids)]
        olab = '（二）' + other[0] if other else None
    T = o.get('total', '合计')

    def disp(x):
        return rq(x / 10000) if rounding else x
    tr = mt.add(T, {'name': T}) if o.get('tfirst') else None
    pr = mt.add(pname, {'name': plab})
    kr = []
    for (nm, b, e), kl in zip(kids, klabs):
        v = dict(b=disp(b), e=disp(e))
        if dw:
            v['d'] = disp(b) if random.random() < 0.7 else rq(disp(b) * frac(0.9, 0.99))
            if v['d'] < v['e']:
                v['d'] = v['e']
        kr.append(mt.add(nm, {'name': kl}, **v))
    orow = None
    if other:
        v = dict(b=disp(other[1]), e=disp(other[2]))
        if dw:
            v['d'] = v['b']
        orow = mt.add(other[0], {'name': olab}, **v)
    if tr is None:
        tr = mt.add(T, {'name': T})
    keys = ['b', 'd', 'e'] if dw else ['b', 'e']
    tops = [pr] + ([orow] if orow is not None else [])
    if rounding:
        tol = D('0.02')
        allk = kids + ([other] if other else [])
        mt.rows[pr]['v'].update(b=rq(sum(k[1] for k in kids) / 10000), e=rq(sum(k[2] for k in kids) / 10000))
        mt.rows[tr]['v'].update(b=rq(sum(k[1] for k in allk) / 10000), e=rq(sum(k[2] for k in allk) / 10000))
    else:
        tol = D(0)
        mt.setsum(pr, kr, keys)
        mt.setsum(tr, tops, keys)
    mt.vsum(pr, kr, keys, tol)
    mt.vsum(tr, tops, keys, tol)
    for r in [tr, pr] + kr + ([orow] if orow is not None else []):
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
        if dw:
            mt.setrate(r, 'drate', 'd', 'b', dec)
            mt.rrate(r, 'drate', 'd', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', parent=pr, kids=kr, other=orow)


def pick_func(dept):
    cls, cname, kuans = FUNC[dept]
    ks = random.sample(kuans, min(len(kuans), random.randint(1, 2)))
    ks.sort()
    tree = [(cls, cname, [(kc, kn, sorted(random.sample(items, min(len(items), random.randint(2, 3)))))
                          for kc, kn, items in ks])]
    commons = [c for c in COMMON_FUNC if c[0] != cls]
    for cc, cn, (kc, kn, items) in sorted(random.sample(commons, random.randint(1, 2))):
        tree.append((cc, cn, [(kc, kn, sorted(random.sample(items, random.randint(1, len(items)))))]))
    tree.sort()
    return tree


def b_func(rep, ctx, o):
    """Functional classification 类/款/项 by code."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu)
    FA = AF(2, sep, cu, zero=o.get('zero_adj'), missing=o.get('missing', '—'))
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    cs = o.get('code', 'sep')
    adj = o.get('adj')
    cols = [lab('code', '科目编码'), lab('name', '科目名称')] if cs == 'sep' else [lab('name', o.get('namehead', '功能分类科目'))]
    if adj:
        cols += [amtc('b0', '年初预算' + hs, FA), amtc('adj', '调整数' + hs, FA)]
    cols += [amtc('b', o.get('bname', '全年预算') + hs, F), amtc('e', o.get('exname', '执行数') + hs, F)]
    if o.get('rate', True):
        cols.append(ratec('rate', '执行率' + ('' if R.pct else '（%）'), R))
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '支出预算执行情况表（按功能分类）')))
    T = o.get('total', '本年支出合计')
    tree = pick_func(ctx['dept'])

    def lbl(code, name, lvl):
        if cs == 'sep':
            return {'code': code, 'name': name}
        if cs == 'indent':
            return {'name': '　' * (lvl * 2) + code + ' ' + name}
        return {'name': code + ' ' + name}
    tlab = {'code': T, 'name': ''} if (cs == 'sep' and o.get('total_in_code')) else {'name': T}
    tr = mt.add(T, tlab) if o.get('tfirst') else None
    keys = (['b0', 'adj'] if adj else []) + ['b', 'e']
    crows, struct = [], []
    for cc, cn, kuans in tree:
        cr = mt.add(cc + cn, lbl(cc, cn, 0))
        krs = []
        for kc, kn, items in kuans:
            kr = mt.add(kc + kn, lbl(kc, kn, 1))
            irs = []
            for ic, iname in items:
                big = iname in ('行政运行', '事业运行', '小学教育', '初中教育', '农村最低生活保障金支出')
                b0 = money(u, 60 if big else 8, 900 if big else 300) if u == '万元' else \
                    money(u, 400000 if big else 30000, 6000000 if big else 1500000)
                newitem = adj and not big and random.random() < o.get('newp', 0)
                if newitem:
                    a = b0
                    b0 = None
                else:
                    a = adjof(b0, u) if adj else rq(0)
                b = (b0 or 0) + a
                e = execof(b, 0.8, 0.995, 0.3)
                v = dict(b=b, e=e)
                if adj:
                    v.update(b0=b0, adj=a)
                irs.append(mt.add(ic + iname, lbl(ic, iname, 2), **v))
            struct.append((kr, irs))
            krs.append(kr)
        struct.append((cr, krs))
        crows.append(cr)
    if tr is None:
        tr = mt.add(T, tlab)
    struct.append((tr, crows))
    for p, ch in struct:          # children before parents in this list
        mt.setsum(p, ch, keys)
        mt.vsum(p, ch, keys)
    for r in range(len(mt.rows)):
        if adj:
            mt.hlin(r, 'b', [(1, 'b0'), (1, 'adj')])
        if o.get('rate', True):
            mt.setrate(r, 'rate', 'e', 'b', dec)
            mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate' if o.get('rate', True) else None, B0='b0' if adj else None)


def b_econ_cn(rep, ctx, o):
    """基本支出/项目支出 hierarchy with 一、/（一）/1. or 其中 markers."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    bal = o.get('bal')
    cols = [lab('name', o.get('namehead', '项目')), amtc('b', '预算数' + hs, F), amtc('e', '执行数' + hs, F),
            ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)]
    if bal:
        cols.append(amtc('bal', '结余' + hs, F))
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '部门支出预算执行情况表')))
    T = o.get('total', '总计')
    tr = mt.add(T, {'name': T}) if o.get('tfirst') else None
    keys = ['b', 'e'] + (['bal'] if bal else [])
    struct = []
    style = o.get('style', 'three')

    def leaf(name, label, lo, hi):
        b = money(u, lo, hi)
        e = execof(b, 0.85, 0.995, 0.35)
        return mt.add(name, {'name': label}, b=b, e=e)
    projs = random.sample(ctx['rows'], o.get('np', 3))
    if style == 'three':
        jb = mt.add('基本支出', {'name': '一、基本支出'})
        ry = mt.add('人员经费', {'name': '（一）人员经费'})
        rl = [leaf(n, '%d.%s' % (i + 1, n), 20, 320) for i, n in enumerate(random.sample(PERS, 3))]
        gy = mt.add('公用经费', {'name': '（二）公用经费'})
        gl = [leaf(n, '%d.%s' % (i + 1, n), 2, 40) for i, n in enumerate(random.sample(PUB, 3))]
        xm = mt.add('项目支出', {'name': '二、项目支出'})
        xl = [leaf(n, '（%s）%s' % ('一二三四五'[i], n), 20, 600) for i, n in enumerate(projs)]
        struct = [(ry, rl), (gy, gl), (jb, [ry, gy]), (xm, xl)]
    else:  # 'qz'
        jb = mt.add('基本支出', {'name': '一、基本支出'})
        ry = leaf('人员经费', '其中：人员经费', 150, 900)
        gy = leaf('公用经费', '　　　公用经费', 10, 120)
        xm = mt.add('项目支出', {'name': '二、项目支出'})
        xl = [leaf(n, ('其中：' if i == 0 else '　　　') + n, 20, 600) for i, n in enumerate(projs)]
        struct = [(jb, [ry, gy]), (xm, xl)]
    if tr is None:
        tr = mt.add(T, {'name': T})
    struct.append((tr, [jb, xm]))
    for r in range(len(mt.rows)):
        if bal and mt.rows[r]['v']:
            mt.rows[r]['v']['bal'] = mt.val(r, 'b') - mt.val(r, 'e')
    for p, ch in struct:
        mt.setsum(p, ch, keys)
        mt.vsum(p, ch, keys)
    for r in range(len(mt.rows)):
        if bal:
            mt.hlin(r, 'bal', [(1, 'b'), (-1, 'e')])
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', jb=jb, xm=xm, xl=xl)


def b_subtotal(rep, ctx, o):
    """Groups closed by 'XX小计' (or plain 小计) rows, grand total last."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    bal = o.get('bal', True)
    seq = o.get('seq')
    cols = ([lab('seq', '序号')] if seq else []) + [lab('name', '项目'), amtc('b', '全年预算' + hs, F),
                                                    amtc('e', '实际支出' + hs, F),
                                                    ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)]
    if bal:
        cols.append(amtc('bal', '结余' + hs, F))
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '支出预算执行明细表')))
    groups = [('基本支出', random.sample(['人员经费', '公用经费', '对个人和家庭的补助'], 2), (30, 800) if u == '万元' else (300000, 8000000)),
              ('项目支出', random.sample(ctx['rows'], o.get('np', 3)), (15, 500) if u == '万元' else (150000, 5000000))]
    subs, struct, k = [], [], 0
    for gname, items, rng in groups:
        if o.get('labelrows'):
            mt.add(gname, {'name': gname}, blank=True)
        ch = []
        for it in items:
            k += 1
            b = money(u, *rng)
            e = execof(b, 0.8, 0.995, 0.3)
            ch.append(mt.add(it, {'seq': str(k), 'name': it}, b=b, e=e))
        sname = '小计' if o.get('plain_sub') else gname + '小计'
        s = mt.add(sname if o.get('plain_sub') else sname, {'name': sname})
        subs.append(s)
        struct.append((s, ch))
    T = o.get('total', '本年支出合计')
    tr = mt.add(T, {'name': T})
    struct.append((tr, subs))
    keys = ['b', 'e'] + (['bal'] if bal else [])
    for r in range(len(mt.rows)):
        if bal and not mt.rows[r]['blank']:
            mt.rows[r]['v']['bal'] = mt.val(r, 'b') - mt.val(r, 'e')
    for p, ch in struct:
        mt.setsum(p, ch, keys)
        mt.vsum(p, ch, keys)
    for r in range(len(mt.rows)):
        if mt.rows[r]['blank']:
            continue
        if bal:
            mt.hlin(r, 'bal', [(1, 'b'), (-1, 'e')])
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', subs=subs)


def b_unmarked(rep, ctx, o):
    """Parents followed by children with no marker (optionally full-width indent)."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    ind = o.get('indent', '')
    cols = [lab('name', '项目'), amtc('b', '全年预算' + hs, F), amtc('e', '执行数' + hs, F),
            ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)]
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '支出执行情况表')))
    T = o.get('total', '合计')
    tr = mt.add(T, {'name': T}) if o.get('tfirst') else None
    struct, tops = [], []
    for g, items, rng in [('基本支出', ['人员经费', '公用经费'], (40, 700)),
                          ('项目支出', random.sample(ctx['rows'], o.get('np', 3)), (10, 400))]:
        p = mt.add(g, {'name': g})
        ch = []
        for it in items:
            b = money(u, *rng)
            ch.append(mt.add(it, {'name': ind + it}, b=b, e=execof(b, 0.8, 0.995, 0.3)))
        struct.append((p, ch))
        tops.append(p)
    if tr is None:
        tr = mt.add(T, {'name': T})
    struct.append((tr, tops))
    for p, ch in struct:
        mt.setsum(p, ch, ['b', 'e'])
        mt.vsum(p, ch, ['b', 'e'])
    for r in range(len(mt.rows)):
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', tops=tops)


def b_carry(rep, ctx, o):
    """上年结转 + 本年预算 = 可用资金; 执行率 on 可用资金; 结余 = 可用 - 执行."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu)
    FC = AF(2, sep, cu, zero=o.get('zero_carry', '-'))
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    full = o.get('full')
    seq = o.get('seq')
    av = o.get('avname', '可用资金')
    cols = ([lab('seq', '序号')] if seq else []) + [lab('name', o.get('namehead', '项目名称')), amtc('c', '上年结转' + hs, FC)]
    if full:
        cols += [amtc('b0', '年初预算' + hs, F), amtc('adj', '调整数' + hs, AF(2, sep, cu, zero='—')),
                 amtc('b', '全年预算' + hs, F)]
    else:
        cols += [amtc('b', '本年预算' + hs, F)]
    cols += [amtc('a', av + hs, F), amtc('e', '执行数' + hs, F),
             ratec('rate', '执行率' + ('' if R.pct else '（%）'), R), amtc('bal', '结余' + hs, F)]
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '资金执行情况表')))
    T = o.get('total', '合计')
    tr = mt.add(T, total_lab(o, seq, T)) if o.get('tfirst') else None
    leaves = []
    for i, nm in enumerate(random.sample(ctx['rows'], o.get('n', 4))):
        c = rq(0) if random.random() < 0.4 else money(u, 3, 120) if u == '万元' else money(u, 20000, 600000)
        b0 = money(u, 20, 600) if u == '万元' else money(u)
        a_ = adjof(b0, u) if full else rq(0)
        b = b0 + a_
        avail = c + b
        e = execof(avail, 0.7, 0.99, 0.15)
        v = dict(c=c, b=b, a=avail, e=e, bal=avail - e)
        if full:
            v.update(b0=b0, adj=a_)
        leaves.append(mt.add(nm, {'seq': str(i + 1), 'name': nm}, **v))
    if tr is None:
        tr = mt.add(T, total_lab(o, seq, T))
    keys = ['c'] + (['b0', 'adj'] if full else []) + ['b', 'a', 'e', 'bal']
    mt.setsum(tr, leaves, keys)
    mt.vsum(tr, leaves, keys)
    for r in leaves + [tr]:
        if full:
            mt.hlin(r, 'b', [(1, 'b0'), (1, 'adj')])
        mt.hlin(r, 'a', [(1, 'c'), (1, 'b')])
        mt.hlin(r, 'bal', [(1, 'a'), (-1, 'e')])
        mt.setrate(r, 'rate', 'e', 'a', dec)
        mt.rrate(r, 'rate', 'e', 'a', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', A='a', C='c')


def b_month(rep, ctx, o):
    """Monthly / quarterly 当期 + 累计 + 累计执行率 (denominator stated in caption)."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    F = AF(2, sep, '', zero=o.get('zero', '—'))
    FC = AF(2, sep, '')
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    q = o.get('quarter')
    B, E = o.get('BE') or (None, None)
    if B is None:
        B = money(u, 300, 2500) if u == '万元' else money(u, 1000000, 9000000)
        E = execof(B, 0.85, 0.99, 0.1)
    n = 4 if q else 12
    parts = split_total(E, n, 2, 0 if q else 0.12)
    Bt = fnum(B, 2, sep)
    ctx['tno'] += 1
    cap = ['表%d　%s年度资金%s支出进度表' % (ctx['tno'], ctx['year'], '分季度' if q else '分月'),
           '全年预算：%s%s　　单位：%s' % (Bt, u, u) if o.get('cap2') else '（全年预算%s%s，单位：%s）' % (Bt, u, u)]
    pname = '季度' if q else '月份'
    cols = [lab('m', pname), amtc('m_', ('本季度支出' if q else '当月支出'), F), amtc('c', '累计支出', FC),
            ratec('rate', '累计执行率' + ('' if R.pct else '（%）'), R)]
    mt = MT(rep, cols, cap)
    labels = ['第一季度', '第二季度', '第三季度', '第四季度'] if q else ['%d月' % i for i in range(1, 13)]
    cum = D(0)
    rows = []
    den = ('cap', mt.tid, 1, Bt)
    for i, (lb, p) in enumerate(zip(labels, parts)):
        cum += p
        r = mt.add(lb, {'m': lb}, m_=p, c=cum)
        mt.rows[r]['v']['rate'] = rq(cum / B * 100, dec)
        rows.append(r)
    for i, r in enumerate(rows):
        terms = [(1, mt.ref(r, 'm_'))] + ([(1, mt.ref(rows[i - 1], 'c'))] if i else [])
        rep.rels.append(dict(kind='lin', role='cum', target=mt.ref(r, 'c'), terms=terms, tol='0',
                             desc='「%s」：累计支出 = %s当期支出' % (mt.nm(r), '上期累计 + ' if i else '')))
        rep.rels.append(dict(kind='ratio', role='ratio', target=mt.ref(r, 'rate'), num=mt.ref(r, 'c'), den=den,
                             dec=dec, desc='「%s」：累计执行率 = 累计支出 ÷ 全年预算（表题）' % mt.nm(r)))
    tr = None
    if o.get('total'):
        T = o['total']
        tr = mt.add(T, {'m': T}, m_=E, c=E, rate=rq(E / B * 100, dec))
        mt.vsum(tr, rows, ['m_'])
        rep.rels.append(dict(kind='lin', role='cum', target=mt.ref(tr, 'c'), terms=[(1, mt.ref(rows[-1], 'c'))],
                             tol='0', desc='「%s」行累计支出 = 最后一期累计' % T))
        rep.rels.append(dict(kind='ratio', role='ratio', target=mt.ref(tr, 'rate'), num=mt.ref(tr, 'c'), den=den,
                             dec=dec, desc='「%s」行：累计执行率 = 累计支出 ÷ 全年预算（表题）' % T))
    mid = rows[5] if not q else rows[1]
    return dict(mt=mt, u=u, Bt=Bt, den=den, last=rows[-1], mid=mid, total=tr, sep=sep)


def b_qcum(rep, ctx, o):
    """Per-project cumulative execution by quarter columns."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    hr = o.get('halfrate')
    cols = [lab('name', o.get('namehead', '项目')), amtc('b', '全年预算' + hs, F),
            amtc('q1', '一季度累计' + hs, F), amtc('q2', '上半年累计' + hs, F)]
    if hr:
        cols.append(ratec('r2', '上半年执行率' + ('' if R.pct else '（%）'), R))
    cols += [amtc('q3', '前三季度累计' + hs, F), amtc('q4', '全年累计执行' + hs, F),
             ratec('rate', '全年执行率' + ('' if R.pct else '（%）'), R)]
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '资金分季度累计执行情况表')))
    T = o.get('total', '合计')
    tr = mt.add(T, {'name': T}) if o.get('tfirst') else None
    leaves = []
    for nm in random.sample(ctx['rows'], o.get('n', 4)):
        b = money(u, 30, 800)
        e = execof(b, 0.8, 0.99, 0.25)
        fs = sorted(frac(0.05, 0.95) for _ in range(3))
        q1, q2, q3 = (rq(e * f) for f in fs)
        leaves.append(mt.add(nm, {'name': nm}, b=b, q1=q1, q2=q2, q3=q3, q4=e))
    if tr is None:
        tr = mt.add(T, {'name': T})
    keys = ['b', 'q1', 'q2', 'q3', 'q4']
    mt.setsum(tr, leaves, keys)
    mt.vsum(tr, leaves, keys)
    for r in leaves + [tr]:
        mt.setrate(r, 'rate', 'q4', 'b', dec)
        mt.rrate(r, 'rate', 'q4', 'b', dec)
        if hr:
            mt.setrate(r, 'r2', 'q2', 'b', dec)
            mt.rrate(r, 'r2', 'q2', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='q4', R='rate', H='q2')


def b_hq(rep, ctx, o):
    """Quarterly (non-cumulative) columns with horizontal 全年合计, optional 预算/执行率."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu, zero=o.get('zero'))
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    wb = o.get('withbudget', True)
    cols = [lab('name', o.get('namehead', '项目'))]
    if wb:
        cols.append(amtc('b', '全年预算' + hs, F))
    cols += [amtc('q%d' % i, '%s季度' % '一二三四'[i - 1] + hs, F) for i in range(1, 5)]
    cols.append(amtc('t', '全年合计' + hs, F))
    if wb:
        cols.append(ratec('rate', '执行率' + ('' if R.pct else '（%）'), R))
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '资金分季度支出情况表')))
    T = o.get('total', '合计')
    tr = mt.add(T, {'name': T}) if o.get('tfirst') else None
    leaves = []
    given = o.get('given')
    items = given or [(nm, None, None) for nm in random.sample(ctx['rows'], o.get('n', 4))]
    for nm, b, e in items:
        if b is None:
            b = money(u, 30, 700)
            e = execof(b, 0.8, 0.99, 0.2)
        qs = split_total(e, 4, 2, 0.1)
        v = {'q%d' % (i + 1): x for i, x in enumerate(qs)}
        v['t'] = e
        if wb:
            v['b'] = b
        leaves.append(mt.add(nm, {'name': nm}, **v))
    if tr is None:
        tr = mt.add(T, {'name': T})
    keys = (['b'] if wb else []) + ['q1', 'q2', 'q3', 'q4', 't']
    mt.setsum(tr, leaves, keys)
    mt.vsum(tr, leaves, keys)
    for r in leaves + [tr]:
        mt.hlin(r, 't', [(1, 'q1'), (1, 'q2'), (1, 'q3'), (1, 'q4')], role='hsum')
        if wb:
            mt.setrate(r, 'rate', 't', 'b', dec)
            mt.rrate(r, 'rate', 't', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b' if wb else None, E='t', R='rate' if wb else None, leaves=leaves)


def b_kv(rep, ctx, o):
    """Vertical key/value table (rows = 年初/调整/全年/支出/结余/执行率)."""
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    multi = o.get('multi')
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu, zero=o.get('zero'))
    if multi:
        keys = ['f', 'x', 't']
        cols = [lab('name', '项目'), amtc('f', '财政拨款' + hs, F, R), amtc('x', '其他资金' + hs, F, R),
                amtc('t', '合计' + hs, F, R)]
    else:
        keys = ['t']
        cols = [lab('name', '项目'), amtc('t', (o.get('colname', '金额')) + hs, F, R)]
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '预算安排及执行情况表')))
    data = {}
    for k in keys[:-1] if multi else keys:
        b0 = money(u, 100, 1500) if u == '万元' else money(u, 500000, 9000000)
        if multi and k == 'x':
            b0 = money(u, 10, 150) if u == '万元' else money(u, 50000, 900000)
        a = adjof(b0, u)
        b = b0 + a
        e = execof(b, 0.8, 0.99, 0.15)
        data[k] = dict(b0=b0, a=a, b=b, e=e, bal=b - e)
    if multi:
        data['t'] = {f: data['f'][f] + data['x'][f] for f in data['f']}
    names = o.get('names', ['年初预算数', '年中调整数', '全年预算数', '实际支出数', '结余资金', '预算执行率'])
    rows = {}
    for f, nm in zip(['b0', 'a', 'b', 'e', 'bal'], names):
        rows[f] = mt.add(nm, {'name': nm}, **{k: data[k][f] for k in keys})
    rr = mt.add(names[5], {'name': names[5]}, rate_row=True,
                **{k: (rq(data[k]['e'] / data[k]['b'] * 100, dec)) for k in keys})
    for k in keys:
        hk = mt.hn(k)
        rep.rels.append(dict(kind='lin', role='row', target=mt.ref(rows['b'], k),
                             terms=[(1, mt.ref(rows['b0'], k)), (1, mt.ref(rows['a'], k))], tol='0',
                             desc='「%s」列：%s = %s + %s' % (hk, names[2], names[0], names[1])))
        rep.rels.append(dict(kind='lin', role='row', target=mt.ref(rows['bal'], k),
                             terms=[(1, mt.ref(rows['b'], k)), (-1, mt.ref(rows['e'], k))], tol='0',
                             desc='「%s」列：%s = %s - %s' % (hk, names[4], names[2], names[3])))
        rep.rels.append(dict(kind='ratio', role='ratio', target=mt.ref(rr, k), num=mt.ref(rows['e'], k),
                             den=mt.ref(rows['b'], k), dec=dec,
                             desc='「%s」列：%s = %s ÷ %s' % (hk, names[5], names[3], names[2])))
    if multi:
        for f in ['b0', 'a', 'b', 'e', 'bal']:
            mt.hlin(rows[f], 't', [(1, 'f'), (1, 'x')], role='vsum')
    return dict(mt=mt, u=u, rows=rows, rr=rr, sep=sep)


def b_score(rep, ctx, o):
    groups = [('产出指标', 50, ['数量指标', '质量指标', '时效指标', '成本指标']),
              ('效益指标', 30, ['社会效益指标', '经济效益指标', '可持续影响指标']),
              ('满意度指标', 10, ['服务对象满意度指标'])]
    if o.get('budget_first', True):
        groups.insert(0, ('预算执行', 10, ['预算执行率']))
    else:
        groups.append(('预算执行', 10, ['预算执行率']))
    half = o.get('half', True)
    data = []
    for g, W, subs in groups:
        if g == '效益指标' and random.random() < 0.5:
            subs = ['社会效益指标', '可持续影响指标']
        ws = split_total(D(W), len(subs), 0) if len(subs) > 1 else [D(W)]
        while min(ws) < 3:
            ws = split_total(D(W), len(subs), 0)
        sc = []
        for w in ws:
            dd = random.choice([0, 0, 0, 1, 2] + ([D('0.5'), D('1.5')] if half else []))
            sc.append(w - min(D(dd), w))
        data.append((g, W, list(zip(subs, ws, sc))))
    anyhalf = any(s != int(s) for _, _, it in data for _, _, s in it)
    dec = 1 if anyhalf else 0
    F = AF(dec, False, '')
    FW = AF(o.get('wdec', 0), False, '')
    cols = [lab('g', '一级指标'), lab('s', '二级指标'), amtc('w', '分值', FW), amtc('sc', '得分', F)]
    ctx['tno'] += 1
    mt = MT(rep, cols, ['表%d　绩效自评指标得分表' % ctx['tno']] if o.get('tt', True) else [])
    sub = o.get('sub')
    tops, struct = [], []
    for g, W, items in data:
        if sub:
            p = mt.add(g, {'g': g})
            ch = [mt.add(s, {'s': s}, w=w, sc=sc) for s, w, sc in items]
            struct.append((p, ch))
            tops.append(p)
        else:
            for i, (s, w, sc) in enumerate(items):
                tops.append(mt.add(s, {'g': g if i == 0 else '', 's': s}, w=w, sc=sc))
    T = o.get('total', '合计')
    tr = mt.add(T, {'g': T})
    struct.append((tr, tops))
    for p, ch in struct:
        mt.setsum(p, ch, ['w', 'sc'])
        mt.vsum(p, ch, ['w', 'sc'])
    return dict(mt=mt, T=tr, S='sc')


def b_ind(rep, ctx, o):
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    incell = o.get('incell')
    cols = [lab('name', '绩效指标'), amtc('t', '年度目标值', None), amtc('a', '实际完成值', None),
            ratec('rate', '完成率' + ('' if R.pct else '（%）'), R)]
    ctx['tno'] += 1
    mt = MT(rep, cols, ['表%d　主要数量指标完成情况' % ctx['tno']])
    out = []
    for name, unit, lo, hi in random.sample(ctx['ind'], o.get('n', 3)):
        t = D(random.randint(lo, hi))
        if t > 1000:
            t = D(int(t / 100) * 100)
        a = rq(t * frac(0.9, 1.12), 0) if random.random() < 0.7 else t
        f = AF(0, t >= 10000, unit if incell else '')
        r = mt.add(name, {'name': name if incell else '%s（%s）' % (name, unit)}, t=t, a=a)
        mt.rows[r]['fmt'] = f
        mt.rows[r]['unit'] = unit
        mt.setrate(r, 'rate', 'a', 't', dec)
        mt.rrate(r, 'rate', 'a', 't', dec)
        out.append(r)
    # per-row formats
    orig = mt.cells

    def cells(r, _o=orig):
        row = mt.rows[r]
        return [row['lab']['name'], row['fmt'](row['v']['t']), row['fmt'](row['v']['a']),
                R(row['v']['rate'])]
    mt.cells = cells
    return dict(mt=mt, rows=out)


def b_round(rep, ctx, o):
    """万元 rows rounded from 元-level amounts; totals from unrounded values."""
    u = '万元'
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, False, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    seq = o.get('seq')
    cols = ([lab('seq', '序号')] if seq else []) + [lab('name', o.get('namehead', '实施单位')),
                                                    amtc('b', '下达资金' + hs, F), amtc('e', '实际支出' + hs, F),
                                                    ratec('rate', '执行率' + ('' if R.pct else '（%）'), R)]
    n = o.get('n', 6)
    while True:
        ub = [D(random.randint(8000000, 120000000)) / 100 for _ in range(n)]
        ue = [rq(b * frac(0.78, 0.995)) if random.random() < 0.85 else b for b in ub]
        db, de = [rq(x / 10000) for x in ub], [rq(x / 10000) for x in ue]
        tb, te = rq(sum(ub) / 10000), rq(sum(ue) / 10000)
        gb, ge = abs(tb - sum(db)), abs(te - sum(de))
        if max(gb, ge) <= D('0.02') and (gb + ge) > 0:
            break
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '专项资金分配及支出情况表')))
    T = o.get('total', '合计')
    tr = mt.add(T, total_lab(o, seq, T)) if o.get('tfirst') else None
    names = random.sample(ctx['towns'], n)
    leaves = [mt.add(nm, {'seq': str(i + 1), 'name': nm}, b=db[i], e=de[i]) for i, nm in enumerate(names)]
    if tr is None:
        tr = mt.add(T, total_lab(o, seq, T))
    mt.rows[tr]['v'].update(b=tb, e=te)
    mt.vsum(tr, leaves, ['b', 'e'], D('0.02'))
    for r in leaves + [tr]:
        mt.setrate(r, 'rate', 'e', 'b', dec)
        mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate', gap=(gb, ge))


def b_econ_code(rep, ctx, o):
    u = '元' if o.get('yuan') else '万元'
    sep = o.get('sep', u == '元')
    hs, capu, cu = unit_mode(o, u)
    F = AF(2, sep, cu)
    dec = o.get('rdec', 2)
    R = RF(dec, o.get('pct', True))
    cols = [lab('code', '科目编码'), lab('name', '科目名称'), amtc('b', '预算数' + hs, F), amtc('e', '执行数' + hs, F)]
    if o.get('rate'):
        cols.append(ratec('rate', '执行率' + ('' if R.pct else '（%）'), R))
    if o.get('diff'):
        cols.append(amtc('d', o.get('diffname', '差额') + hs, F))
    mt = MT(rep, cols, caption(ctx, o, capu, o.get('title', '基本支出执行情况表（按经济分类）')))
    T = o.get('total', '合计')
    tl = {'code': T, 'name': ''} if o.get('total_in_code') else {'code': '', 'name': T}
    tr = mt.add(T, tl) if o.get('tfirst') else None
    classes = [ECON[0], ECON[1]] + random.sample(ECON[2:], random.randint(1, 2))
    struct, crs = [], []
    for cc, cn, items in classes:
        cr = mt.add(cc + cn, {'code': cc, 'name': cn})
        chosen = sorted(random.sample(items, min(len(items), random.randint(2, 4) if cc in ('301', '302') else 1)))
        ch = []
        for ic, iname in chosen:
            if u == '万元':
                b = money(u, 20, 300) if cc == '301' else money(u, 1, 40)
            else:
                b = money(u, 200000, 3000000) if cc == '301' else money(u, 5000, 300000)
            e = execof(b, 0.85, 0.995, 0.4)
            ch.append(mt.add(ic + iname, {'code': ic, 'name': iname}, b=b, e=e, d=b - e))
        struct.append((cr, ch))
        crs.append(cr)
    if tr is None:
        tr = mt.add(T, tl)
    struct.append((tr, crs))
    keys = ['b', 'e'] + (['d'] if o.get('diff') else [])
    for p, ch in struct:
        mt.setsum(p, ch, keys)
        mt.vsum(p, ch, keys)
    for r in range(len(mt.rows)):
        if o.get('diff'):
            mt.hlin(r, 'd', [(1, 'b'), (-1, 'e')])
        if o.get('rate'):
            mt.setrate(r, 'rate', 'e', 'b', dec)
            mt.rrate(r, 'rate', 'e', 'b', dec)
    return dict(mt=mt, T=tr, u=u, B='b', E='e', R='rate' if o.get('rate') else None)


BUILDERS = dict(proj=b_proj, src=b_src, func=b_func, econ_cn=b_econ_cn, subtotal=b_subtotal,
                unmarked=b_unmarked, carry=b_carry, month=b_month, qcum=b_qcum, hq=b_hq, kv=b_kv,
                score=b_score, ind=b_ind, round=b_round, econ_code=b_econ_code)


# ----------------------------------------------------------------- report
class Rep:
    def __init__(s):
        s.blocks, s.tables, s.rels = [], [], []

    def h(s, lvl, text):
        s.blocks.append(('h', '#' * lvl + ' ' + text))

    def p(s, *pieces):
        text, ments = '', []
        for pc in pieces:
            if isinstance(pc, tuple):
                text += pc[0]
                ments.append(pc)
            else:
                text += pc
        s.blocks.append(('p', text, ments))

    def t(s, mt):
        s.blocks.append(('t', mt))

    def render(s):
        lines, hline, capline, ments = [], {}, {}, []
        for b in s.blocks:
            if lines:
                lines.append('')
            if b[0] == 'h':
                lines.append(b[1])
            elif b[0] == 'p':
                lines.append(b[1])
                for txt, ref in b[2]:
                    assert txt in b[1]
                    ments.append((len(lines), txt, ref))
            else:
                mt = b[1]
                for i, cl in enumerate(mt.caption):
                    lines.append(cl)
                    capline[(mt.tid, i)] = len(lines)
                if mt.caption:
                    lines.append('')
                lines.append('| ' + ' | '.join(mt.header()) + ' |')
                hline[mt.tid] = len(lines)
                lines.append('| ' + ' | '.join(mt.seprow()) + ' |')
                for r in range(len(mt.rows)):
                    cells = mt.cells(r)
                    assert all('|' not in c for c in cells)
                    lines.append('| ' + ' | '.join(cells) + ' |')

        def res(ref):
            if ref[0] == 'c':
                return {'cell': [hline[ref[1]] + 2 + ref[2], ref[3]]}
            line = capline[(ref[1], ref[2])]
            assert ref[3] in lines[line - 1]
            return {'cap': [line, ref[3]]}
        rels = []
        for r in s.rels:
            d = dict(kind=r['kind'], role=r['role'], desc=r['desc'], target=res(r['target']))
            if r['kind'] == 'lin':
                d['terms'] = [[cf, res(x)] for cf, x in r['terms']]
                d['tol'] = r['tol']
            else:
                d['num'], d['den'], d['dec'] = res(r['num']), res(r['den']), r['dec']
            rels.append(d)
        ms = [dict(line=L, text=t, ref=res(ref)) for L, t, ref in ments]
        tables = [dict(header_line=hline[mt.tid], nrows=len(mt.rows), ncols=len(mt.cols)) for mt in s.tables]
        return lines, dict(tables=tables, rels=rels, mentions=ms)


def cross(rep, a, b, desc):
    rep.rels.append(dict(kind='lin', role='cross', target=a, terms=[(1, b)], tol='0', desc=desc))


def money_sentence(rep, res, scope, style=0):
    mt, T, u = res['mt'], res['T'], res['u']
    sep = mt.cols[mt.kidx[res['E']]]['fmt'].sep
    B = mention(mt, T, res['B']) if res.get('B') else None
    E = mention(mt, T, res['E'])
    Rr = mention(mt, T, res['R']) if res.get('R') else None
    if res.get('B0') and style == 1:
        B0 = mention(mt, T, res['B0'])
        rep.p('%s年初预算' % scope, B0, '%s，经年中调整后全年预算' % u, B, '%s，截至12月31日实际支出' % u, E,
              '%s，预算执行率' % u, Rr, '%。')
    elif res.get('A') and style == 1:
        C = mention(mt, T, res['C'])
        A = mention(mt, T, res['A'])
        rep.p('%s上年结转资金' % scope, C, '%s，本年安排预算' % u, B, '%s，可用资金合计' % u, A,
              '%s；全年实际支出' % u, E, '%s，执行率' % u, Rr, '%（按可用资金计算）。')
    elif B and Rr:
        if style == 2:
            rep.p('%s全年预算' % scope, B, u, '，实际支出', E, u, '，执行率', Rr, '%，执行进度符合预期。')
        else:
            rep.p('%s全年预算%s' % (scope, ''), B, '%s，实际支出' % u, E, '%s，执行率' % u, Rr, '%。')
    elif B:
        rep.p('%s预算数' % scope, B, '%s，执行数' % u, E, '%s。' % u)
    else:
        rep.p('%s全年累计支出' % scope, E, '%s。' % u)


INTRO_D = ['{place}{dept}是{place}人民政府工作部门，内设{a}个股室，下属事业单位{b}个，{year}年末在职在编人员{c}人。',
           '{place}{dept}为全额拨款行政单位，{year}年度纳入部门预算编制范围的单位共{b}个，实有人员{c}人。']
INTRO_P = ['{proj}是{year}年度{place}重点民生项目，由{place}{dept}牵头组织实施，覆盖{a}个乡镇。',
           '为落实上级工作部署，{place}{dept}在{year}年度安排{proj}资金，用于项目建设、运行维护及相关保障。']
PROBLEMS = ['部分项目前期准备不充分，资金支付呈现“前慢后快”，个别绩效指标设置不够细化、量化。下一步将加强预算执行动态监控，完善绩效目标管理。',
            '项目资金拨付审批环节较多，少量资金未能在年内形成实际支出。今后将提前谋划项目，压实执行责任，强化绩效结果运用。',
            '绩效自评工作专业力量不足，部分佐证资料归集不够完整。下一步将加强业务培训，健全资料台账。']


def compose(no, cfg):
    rep = Rep()
    dk = cfg['dept']
    dept = DEPTS[dk]
    place = random.choice(CA) + random.choice(CB) + random.choice(['县', '县', '县', '市', '区'])
    towns = []
    while len(towns) < 8:
        t = random.choice(TA) + random.choice(TB) + random.choice(['镇', '镇', '乡'])
        if t not in towns:
            towns.append(t)
    year = cfg.get('year', random.choice([2019, 2020, 2021, 2022, 2023, 2024]))
    ctx = dict(dept=dept['func'], year=year, tno=0, towns=towns, ind=dept['ind'])
    level = cfg.get('level', 'dept')
    proj = cfg.get('proj') or random.choice(dept['projects'])
    ctx['rows'] = towns if level == 'proj' else dept['projects']
    subject = '部门整体支出' if level == 'dept' else proj + random.choice(['项目', '专项资金'])
    scope = '本部门' if level == 'dept' else '项目'
    fill = dict(place=place, dept=dept['name'], year=year, proj=proj + '项目', a=random.randint(3, 9),
                b=random.randint(1, 6), c=random.randint(18, 160))
    rep.blocks.append(('h', '# %d年度%s%s%s绩效自评报告' % (year, place, dept['name'] if level == 'dept' else '',
                                                       subject)))
    specs = cfg['tables']
    results = []

    def build(i):
        name, o = specs[i]
        o = dict(o)
        if 'link' in o:
            o.update(o.pop('link')(results))
        res = BUILDERS[name](rep, ctx, o)
        res['kind'] = name
        results.append(res)
        return res

    def describe(res, style):
        k = res['kind']
        mt = res['mt']
        if k in ('proj', 'src', 'func', 'econ_cn', 'subtotal', 'unmarked', 'carry', 'qcum', 'hq', 'round', 'econ_code'):
            sc = scope
            if k == 'econ_code':
                sc = '基本支出'
            elif level == 'dept' and k in ('proj', 'carry', 'qcum', 'hq'):
                sc = '项目支出'
            money_sentence(rep, res, sc, style)
            if k == 'src':
                rep.p('其中', mention(mt, res['parent'], 'b'), '%s为财政拨款资金，已支出' % res['u'],
                      mention(mt, res['parent'], 'e'), '%s。' % res['u'])
            elif k == 'econ_cn':
                rep.p('从支出结构看，基本支出执行', mention(mt, res['jb'], 'e'), '万元，项目支出执行',
                      mention(mt, res['xm'], 'e'), '万元。')
            elif k == 'proj' and res.get('bal'):
                rep.p('年末结余资金', mention(mt, res['T'], 'bal'), '%s，主要为项目尾款及质保金。' % res['u'])
            elif k == 'qcum':
                rep.p('上半年累计支出', mention(mt, res['T'], 'q2'), '万元，下半年支出进度明显加快。')
            elif k == 'round':
                rep.p('资金按因素法分配至%d个乡镇，表中金额由元折算为万元并保留两位小数，合计数按原始金额汇总。'
                      % (len(mt.rows) - 1))
        elif k == 'month':
            u = res['u']
            rep.p('全年预算', (res['Bt'], res['den']), u, '，截至%s累计支出' % ('6月底' if mt.nm(res['mid']) == '6月' else '二季度末'),
                  mention(mt, res['mid'], 'c', res['sep']), u, '，累计执行率', mention(mt, res['mid'], 'rate'),
                  '%；全年累计支出', mention(mt, res['last'], 'c', res['sep']), u, '，执行率',
                  mention(mt, res['last'], 'rate'), '%。')
        elif k == 'kv':
            rows, u = res['rows'], res['u']
            key = 't'
            rep.p('%s全年预算' % scope, mention(mt, rows['b'], key), u, '，实际支出', mention(mt, rows['e'], key), u,
                  '，结余', mention(mt, rows['bal'], key), u, '，预算执行率', mention(mt, res['rr'], key), '%。')
        elif k == 'score':
            sc = mt.rows[res['T']]['v']['sc']
            grade = '优' if sc >= 90 else '良' if sc >= 80 else '中' if sc >= 60 else '差'
            rep.p('经对照评价指标逐项打分，%s绩效自评综合得分' % ('本部门' if level == 'dept' else '该项目'),
                  mention(mt, res['T'], 'sc'), '分，自评等级为“%s”。' % grade)
        elif k == 'ind':
            r = res['rows'][0]
            row = mt.rows[r]
            nm = row['lab']['name'].split('（')[0]
            unit = '' if row['fmt'].unit else row['unit']
            rep.p('年度设定了%d项主要数量指标，其中%s年度目标' % (len(res['rows']), nm),
                  (row['fmt'](row['v']['t']), mt.ref(r, 't')), unit, '，实际完成',
                  (row['fmt'](row['v']['a']), mt.ref(r, 'a')), unit, '，完成率', mention(mt, r, 'rate'), '%。')

    intro = (INTRO_D if level == 'dept' else INTRO_P)
    head1 = random.choice(['一、基本情况', '一、部门基本情况'] if level == 'dept' else ['一、项目概况', '一、项目基本情况'])
    nt = len(specs)
    st = cfg.get('struct', 'A' if nt == 1 else random.choice(['B', 'C']))
    style = cfg.get('pstyle', random.choice([0, 1, 2]))
    if st == 'A':   # 3 headings, 1 table
        rep.h(2, head1)
        rep.p(random.choice(intro).format(**fill))
        rep.h(2, random.choice(['二、预算执行情况', '二、资金使用情况']))
        r = build(0)
        describe(r, style)
        rep.t(r['mt'])
        rep.h(2, '三、存在的问题及改进措施')
        rep.p(random.choice(PROBLEMS))
    elif st == 'D':  # 2 headings, 1 table
        rep.h(2, '一、预算执行情况')
        rep.p(random.choice(intro).format(**fill))
        r = build(0)
        describe(r, style)
        rep.t(r['mt'])
        rep.h(2, '二、自评结论及问题')
        rep.p(random.choice(PROBLEMS))
    elif st == 'B':  # 4 headings, 2 tables
        rep.h(2, '一、预算执行情况')
        rep.p(random.choice(intro).format(**fill))
        t1 = ['（一）资金来源及执行', '（一）预算安排及执行', '（一）总体执行情况']
        t2 = ['（二）分项目执行情况', '（二）支出进度', '（二）绩效指标完成情况']
        rep.h(3, cfg.get('h3a', random.choice(t1)))
        r = build(0)
        describe(r, style)
        rep.t(r['mt'])
        rep.h(3, cfg.get('h3b', random.choice(t2)))
        r = build(1)
        describe(r, 0)
        rep.t(r['mt'])
        rep.h(2, '二、存在的问题及改进措施')
        rep.p(random.choice(PROBLEMS))
    else:  # 'C' 3 headings, 2 tables
        rep.h(2, head1)
        rep.p(random.choice(intro).format(**fill))
        rep.h(2, '二、预算执行情况')
        r = build(0)
        describe(r, style)
        rep.t(r['mt'])
        rep.h(2, cfg.get('h2c', '三、绩效目标完成情况'))
        r = build(1)
        describe(r, 0)
        rep.t(r['mt'])
        rep.p(random.choice(PROBLEMS))
    for f in cfg.get('cross', []):
        f(rep, results)
    return rep


# -------------------------------------------------------- cross-table helpers
def link_month_from_first(results):
    r = results[0]
    mt = r['mt']
    return dict(BE=(mt.rows[r['T']]['v']['b'], mt.rows[r['T']]['v']['e']))


def cross_month(rep, results):
    a, m = results[0], results[1]
    ma, mm = a['mt'], m['mt']
    rep.rels.append(dict(kind='lin', role='cross', target=m['den'], terms=[(1, ma.ref(a['T'], 'b'))], tol='0',
                         desc='表题全年预算 = 表1合计全年预算'))
    cross(rep, mm.ref(m['last'], 'c'), ma.ref(a['T'], 'e'), '12月累计支出 = 表1合计执行数')


def link_proj_from_econ(results):
    r = results[0]
    mt = r['mt']
    return dict(given=[(mt.rows[x]['name'], mt.rows[x]['v']['b'], mt.rows[x]['v']['e']) for x in r['xl']])


def cross_econ_proj(rep, results):
    a, b = results
    for k in ('b', 'e'):
        cross(rep, b['mt'].ref(b['T'], k), a['mt'].ref(a['xm'], k),
              '表2合计%s = 表1项目支出%s' % (b['mt'].hn(k), a['mt'].hn(k)))


def link_hq_from_proj(results):
    r = results[0]
    mt = r['mt']
    return dict(given=[(mt.rows[x]['name'], mt.rows[x]['v']['b'], mt.rows[x]['v']['e']) for x in r['leaves']])


def cross_proj_hq(rep, results):
    a, b = results
    for x, y in zip(a['leaves'], b['leaves']):
        cross(rep, b['mt'].ref(y, 't'), a['mt'].ref(x, 'e'), '「%s」全年合计 = 表1执行数' % a['mt'].nm(x))
    cross(rep, b['mt'].ref(b['T'], 't'), a['mt'].ref(a['T'], 'e'), '表2合计全年合计 = 表1合计执行数')


MATRIX = {}


def make_matrix(towns_or_projects, nproj):
    srcs = sorted(random.sample(range(4), 3))
    projs = random.sample(towns_or_projects, nproj)
    m = {}
    for p in projs:
        for s in srcs:
            if random.random() < 0.25 and s != srcs[-1]:
                continue
            b = money('万元', 10, 300)
            m[(p, s)] = (b, execof(b, 0.75, 0.99, 0.25))
        if random.random() < 0.6:
            b = money('万元', 3, 40)
            m[(p, -1)] = (b, execof(b, 0.6, 0.99, 0.3))
    return srcs, projs, m


def link_src_matrix(results):
    srcs, projs, m = MATRIX['cur']
    kids = []
    for s in srcs:
        bs = [m[(p, s)] for p in projs if (p, s) in m]
        kids.append((SOURCES[s], sum((x[0] for x in bs), D(0)), sum((x[1] for x in bs), D(0))))
    ob = [m[(p, -1)] for p in projs if (p, -1) in m]
    other = ('单位自筹资金', sum((x[0] for x in ob), D(0)), sum((x[1] for x in ob), D(0))) if ob else None
    return dict(given=dict(kids=kids, other=other))


def link_proj_matrix(results):
    srcs, projs, m = MATRIX['cur']
    g = []
    for p in projs:
        bs = [m[(p, s)] for s in srcs + [-1] if (p, s) in m]
        g.append((p, sum((x[0] for x in bs), D(0)), sum((x[1] for x in bs), D(0))))
    return dict(given=g)


def cross_totals(rep, results):
    a, b = results
    for k in ('b', 'e'):
        cross(rep, b['mt'].ref(b['T'], k), a['mt'].ref(a['T'], k),
              '表2合计%s = 表1合计%s' % (b['mt'].hn(k), a['mt'].hn(k)))


# ----------------------------------------------------------------- configs
def configs():
    C = []
    C.append(dict(dept='agri', tables=[('proj', dict(seq=True, zero_adj='—')), ('score', {})], struct='C'))
    C.append(dict(dept='health', level='proj', proj='基本公共卫生服务', struct='B',
                  tables=[('src', dict(style='qz', tfirst=True, unit='cap', pct=False, title='项目资金来源及执行情况表')),
                          ('month', dict(link=link_month_from_first))], cross=[cross_month],
                  h3a='（一）资金来源及执行', h3b='（二）支出进度'))
    C.append(dict(dept='edu', tables=[('func', dict(yuan=True, unit='cap', capu='（金额单位：元）', adj=True))]))
    C.append(dict(dept='civil', struct='B', tables=[('econ_cn', dict(tfirst=True, total='总计')),
                                                     ('proj', dict(link=link_proj_from_econ, adj=False, unit='cell',
                                                                   bal=False, title='项目支出明细表'))],
                  cross=[cross_econ_proj], h3a='（一）总体执行情况', h3b='（二）分项目执行情况'))
    C.append(dict(dept='water', level='proj', proj='河道综合治理',
                  tables=[('carry', dict(unit='cell', seq=True, n=4, namehead='实施乡镇'))], pstyle=1))
    C.append(dict(dept='trans', tables=[('subtotal', dict(yuan=True, unit='head', labelrows=True, plain_sub=True,
                                                         total='总计', seq=False))]))
    C.append(dict(dept='culture', struct='C', tables=[('unmarked', dict(unit='cap', capu='单位：万元')), ('ind', {})]))
    C.append(dict(dept='agri', level='proj', proj='耕地地力保护补贴发放', struct='C',
                  tables=[('round', dict(unit='head', n=6)), ('score', dict(half=False))]))
    C.append(dict(dept='forest', struct='C', tables=[('kv', dict(unit='head')), ('ind', dict(incell=True))]))
    C.append(dict(dept='health', tables=[('econ_code', dict(yuan=True, unit='cap', capu='单位：元', tfirst=True,
                                                            diff=True, diffname='结余'))], struct='D'))
    C.append(dict(dept='trans', level='proj', proj='农村公路养护',
                  tables=[('proj', dict(seq=False, tfirst=True, total='总计', base='调整后预算', zero_adj='',
                                        unit='cap', namehead='乡镇', bal=False))], pstyle=1))
    C.append(dict(dept='edu', level='proj', proj='学生资助', tables=[('qcum', dict(unit='head', namehead='乡镇'))]))
    C.append(dict(dept='agri', tables=[('func', dict(code='comb', tfirst=True, total='合计', unit='head'))], struct='D'))
    C.append(dict(dept='civil', level='proj', proj='城乡最低生活保障', struct='C',
                  tables=[('src', dict(style='paren', total='总计', unit='cell', daowei=True)),
                          ('score', dict(budget_first=False))]))
    C.append(dict(dept='culture', level='proj', proj='送戏下乡', struct='C',
                  tables=[('month', dict(yuan=True, quarter=True, total='全年合计', cap2=True, zero='0.00')), ('ind', {})],
                  h2c='三、绩效指标完成情况'))
    C.append(dict(dept='water', tables=[('carry', dict(full=True, unit='head', n=4))], pstyle=1))
    C.append(dict(dept='forest', level='proj', proj='生态公益林管护',
                  tables=[('round', dict(seq=True, tfirst=True, unit='cap', capu='金额单位：万元', n=7))]))
    C.append(dict(dept='edu', struct='C', tables=[('econ_cn', dict(style='qz', total='合计', bal=True, pct=False)),
                                                   ('score', dict(sub=True))]))
    C.append(dict(dept='agri', level='proj', proj='高标准农田建设', struct='B', matrix=3,
                  tables=[('src', dict(link=link_src_matrix, style='num', total='合计', unit='cap', capinline=True)),
                          ('proj', dict(link=link_proj_matrix, adj=False, namehead='项目区', bal=True,
                                        bal_before_rate=True, unit='cap', capu='单位：万元'))],
                  cross=[cross_totals], h3a='（一）资金来源及执行', h3b='（二）分项目执行情况'))
    C.append(dict(dept='health', tables=[('subtotal', dict(unit='cap', capu='单位：万元', bal=False, seq=True, sep=True,
                                                          total='本年支出合计'))]))
    C.append(dict(dept='civil', struct='C', tables=[('kv', dict(yuan=True, multi=True, unit='cap', capu='单位：元',
                                                                 zero='—')), ('score', dict(sub=True, half=True))]))
    C.append(dict(dept='trans', struct='B', tables=[('proj', dict(seq=True, adj=False, bal=False, n=4, tt=True)),
                                                     ('hq', dict(link=link_hq_from_proj, withbudget=False, zero='—'))],
                  cross=[cross_proj_hq], h3a='（一）预算安排及执行', h3b='（二）支出进度'))
    C.append(dict(dept='edu', tables=[('func', dict(code='indent', adj=True, newp=0.5, zero_adj='—', total='合计',
                                                    unit='head', rdec=1))], pstyle=1))
    C.append(dict(dept='culture', tables=[('econ_code', dict(unit='cap', capu='单位：万元', rate=True,
                                                             total_in_code=True))]))
    C.append(dict(dept='forest', struct='C', tables=[('unmarked', dict(indent='　　', tfirst=True, unit='head',
                                                                        pct=False)), ('ind', dict(rdec=1))]))
    C.append(dict(dept='water', level='proj', proj='农村饮水安全巩固提升',
                  tables=[('qcum', dict(unit='cell', halfrate=True, namehead='实施乡镇', tfirst=True, total='总计'))]))
    C.append(dict(dept='civil', level='proj', proj='养老服务体系建设',
                  tables=[('carry', dict(yuan=True, seq=True, avname='可支配资金', namehead='实施乡镇', unit='cap', capu='（金额单位：元）',
                                         total_in_seq=True, zero_carry='—'))], pstyle=1))
    C.append(dict(dept='agri', struct='C', tables=[('src', dict(rounding=True, style='qz', unit='head', num1=True,
                                                                 total='合计')), ('score', {})]))
    C.append(dict(dept='trans', level='proj', proj='危桥改造',
                  tables=[('proj', dict(yuan=True, unit='cell', adj=False, bal=True, rdec=1, namehead='桥梁所在乡镇',
                                        n=5))], struct='D'))
    C.append(dict(dept='health', level='proj', proj='家庭医生签约服务', struct='C',
                  tables=[('kv', dict(yuan=True, unit='head', colname='金额',
                                      names=['年初预算', '追加（减）预算', '调整后预算', '实际支出', '结余', '执行率'])),
                          ('ind', dict(incell=True))]))
    return C


# ----------------------------------------------------------------- corruption
NUM_RE = re.compile(r'^([+-]?)([\d,]*\d)(?:\.(\d+))?(.*)$')
DASH = {'', '-', '—', '——', '－', '/', '–'}


def pnum(t):
    t = t.strip()
    if t in DASH:
        return None
    m = NUM_RE.match(t)
    if not m or re.search(r'\d', m.group(4)):
        raise ValueError('not a number: %r' % t)
    s = m.group(1) + m.group(2).replace(',', '') + ('.' + m.group(3) if m.group(3) else '')
    return D(s)


def split_row(line):
    s = line.strip()
    assert s.startswith('|') and s.endswith('|')
    return [c.strip() for c in s[1:-1].split('|')]


def join_row(cells):
    return '| ' + ' | '.join(cells) + ' |'


def evaluate(lines, spec):
    def val(ref):
        if 'cell' in ref:
            L, c = ref['cell']
            return pnum(split_row(lines[L - 1])[c])
        L, t = ref['cap']
        assert t in lines[L - 1]
        return pnum(t)
    out = []
    for r in spec['rels']:
        tv = val(r['target'])
        if r['kind'] == 'lin':
            rhs = sum((D(cf) * (val(x) or D(0)) for cf, x in r['terms']), D(0))
            gap = abs((tv or D(0)) - rhs)
            ok = gap <= D(r['tol'])
        else:
            n, d = val(r['num']) or D(0), val(r['den']) or D(0)
            if d == 0:
                ok, gap = tv is None, D(0)
            else:
                gap = abs((tv if tv is not None else D(-999)) - n / d * 100)
                ok = gap <= D('0.5') * D(1).scaleb(-r['dec']) + D('1e-12')
        out.append((r, ok, gap))
    return out


def cells_in_rels(spec):
    roles = {}
    for r in spec['rels']:
        refs = [('t', r['target'])]
        if r['kind'] == 'lin':
            refs += [('p', x) for _, x in r['terms']]
        else:
            refs += [('p', r['num']), ('p', r['den'])]
        for kind, ref in refs:
            if 'cell' not in ref:
                continue
            key = tuple(ref['cell'])
            d = roles.setdefault(key, set())
            if kind == 't':
                d.add('rate' if r['kind'] == 'ratio' else ('total' if r['role'] == 'vsum' else 'derived'))
            else:
                d.add('part')
    cats = {}
    for key, s in roles.items():
        if 'rate' in s:
            cats[key] = 'rate'
        elif 'total' in s:
            cats[key] = 'total'
        else:
            cats[key] = 'part'
    return cats


def mutate(text, is_rate, allow_dec1):
    m = NUM_RE.match(text)
    sign, ip, fp, tail = m.group(1), m.group(2), m.group(3) or '', m.group(4)
    start = len(sign)
    pos = [start + i for i, ch in enumerate(ip) if ch.isdigit()]
    if fp and (allow_dec1 or is_rate):
        pos.append(start + len(ip) + 1)
    p = random.choice(pos)
    old = text[p]
    choices = [d for d in '0123456789' if d != old]
    first_int = pos[0]
    if p == first_int and len([c for c in ip if c.isdigit()]) > 1:
        choices = [d for d in choices if d != '0']
    new = text[:p] + random.choice(choices) + text[p + 1:]
    return new


def corrupt(lines, spec, want):
    cats = cells_in_rels(spec)
    cand = [k for k, c in cats.items() if c == want]
    if not cand:
        cand = list(cats)
    random.shuffle(cand)
    for key in cand:
        L, c = key
        cells = split_row(lines[L - 1])
        old = cells[c]
        v = pnum(old)
        if v is None or v == 0:
            continue
        is_rate = cats[key] == 'rate'
        for _ in range(20):
            new = mutate(old, is_rate, random.random() < 0.25)
            nv = pnum(new)
            if is_rate and abs(nv - v) < D('0.5'):
                continue
            cells2 = list(cells)
            cells2[c] = new
            bl = list(lines)
            bl[L - 1] = join_row(cells2)
            ev = evaluate(bl, spec)
            broken = [r for r, ok, gap in ev if not ok and gap >= D('0.05')]
            if broken:
                prose = any(tuple(m['ref'].get('cell', ())) == key for m in spec['mentions'])
                desc = '；'.join(r['desc'] for r in broken)
                if prose:
                    desc += '；（正文引用该数为原值）'
                return bl, L, old, new, desc, cats[key]
    raise RuntimeError('no corruption found')


# ----------------------------------------------------------------- main
def main():
    random.seed(SEED)
    for d in ('clean', 'bad', 'spec'):
        os.makedirs(os.path.join(BASE, d), exist_ok=True)
    answers = ['file\tline\told\tnew\trelation']
    wants = ['part', 'total', 'rate']
    for i, cfg in enumerate(configs(), 1):
        if cfg.get('matrix'):
            # matrix rows are projects of the dept or towns; decided inside compose via ctx, so pre-draw names here
            towns = []
            while len(towns) < 8:
                t = random.choice(TA) + random.choice(TB) + '镇'
                if t not in towns:
                    towns.append(t)
            MATRIX['cur'] = make_matrix(['%s项目区' % t[:-1] for t in towns], cfg['matrix'])
        rep = compose(i, cfg)
        lines, spec = rep.render()
        ev = evaluate(lines, spec)
        bad_rel = [r['desc'] for r, ok, gap in ev if not ok]
        assert not bad_rel, (i, bad_rel)
        fn = '%02d.md' % i
        with open(os.path.join(BASE, 'clean', fn), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        spec['file'] = fn
        with open(os.path.join(BASE, 'spec', fn.replace('.md', '.json')), 'w', encoding='utf-8') as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)
        bl, L, old, new, desc, cat = corrupt(lines, spec, wants[(i - 1) % 3])
        with open(os.path.join(BASE, 'bad', fn), 'w', encoding='utf-8') as f:
            f.write('\n'.join(bl) + '\n')
        answers.append('\t'.join([fn, str(L), old, new, desc]))
        print(fn, cat, L, old, '->', new, '|', desc[:80])
    with open(os.path.join(BASE, 'bad', 'ANSWERS.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(answers) + '\n')


if __name__ == '__main__':
    main()
