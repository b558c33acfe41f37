#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py: writes clean/, bad/, bad/ANSWERS.tsv, spec/ and README.md for a blind test corpus of
部门整体支出绩效自评报告 (tables-d).  Standard library only, deterministic, Decimal ROUND_HALF_UP."""
"""Document model shared by gen.py: figures, relations, rendering, mutation.
Standard library only; all arithmetic in decimal.Decimal, rounding ROUND_HALF_UP."""
import re
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
TOKEN = re.compile(r'\d+(?:,\d{3})*(?:\.\d+)?')
FACT = {'万元': D(1), '元': D('0.0001'), '亿元': D(10000)}


def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def fmt(v, dp, commas):
    v = q(v, dp)
    s = format(abs(v), ',.%df' % dp) if commas else format(abs(v), '.%df' % dp)
    return s


def ndp(text):
    return len(text.split('.')[1]) if '.' in text else 0


def parse_num(text):
    return D(text.replace(',', ''))


def base(v, unit):
    return v * FACT.get(unit, D(1))


def check_rel(rel, val, unit, dp):
    """val/unit/dp: dicts id -> signed Decimal value / unit / decimals."""
    t = rel['type']
    if t == 'lin':
        lhs = base(val[rel['result']], unit[rel['result']])
        rhs = sum((D(c) * base(val[i], unit[i]) for i, c in rel['terms']), D(0))
        return lhs == rhs
    if t == 'ratio':
        den = base(val[rel['den']], unit[rel['den']])
        if den == 0:
            return False
        r = q(base(val[rel['num']], unit[rel['num']]) / den * 100, dp[rel['result']])
        return r == val[rel['result']]
    if t == 'chg':
        prev = base(val[rel['prev']], unit[rel['prev']])
        if prev == 0:
            return False
        cur = base(val[rel['cur']], unit[rel['cur']])
        return q((cur - prev) / prev * 100, dp[rel['result']]) == val[rel['result']]
    if t == 'eq':
        a, b = rel['a'], rel['b']
        conv = base(val[a], unit[a]) / FACT.get(unit[b], D(1))
        return q(conv, dp[b]) == val[b]
    if t == 'count':
        return val[rel['result']] == len(rel['items'])
    raise ValueError(t)


def rel_ids(rel):
    t = rel['type']
    if t == 'lin':
        return [rel['result']] + [i for i, _ in rel['terms']]
    if t == 'ratio':
        return [rel['result'], rel['num'], rel['den']]
    if t == 'chg':
        return [rel['result'], rel['cur'], rel['prev']]
    if t == 'eq':
        return [rel['a'], rel['b']]
    if t == 'count':
        return [rel['result']] + list(rel['items'])


class Fig:
    def __init__(self, doc, key, unit, dp, commas):
        self.key = key
        bu = doc.u[key]
        v = doc.v[key]
        if unit is None:
            unit = bu
        if unit != bu:
            assert bu == '万元' and unit in FACT, (key, unit)
            v = v / FACT[unit]
            if dp is None:
                dp = 0 if unit == '元' else 2
        if dp is None:
            dp = doc.dp[key]
        self.unit, self.dp, self.commas = unit, dp, commas
        self.value = q(v, dp)
        self.id = None
        self.where = None
        self.line = None
        self.pos = None
        self.order = None

    def text(self, cell):
        t = fmt(self.value, self.dp, self.commas)
        if cell and self.value < 0:
            t = '-' + t
        return t


class Doc:
    def __init__(self, rng, commas, tcommas):
        self.rng = rng
        self.commas = commas      # thousands separators in prose
        self.tcommas = tcommas    # thousands separators in tables
        self.v, self.u, self.dp, self.label = {}, {}, {}, {}
        self.lines = []           # each: ('p', [segs]) | ('row', [cells]) | ('raw', str)
        self.rels = []
        self.traps = []
        self.figs = []

    # ---- values
    def set(self, key, value, unit='万元', label='', dp=None):
        self.v[key] = D(value)
        self.u[key] = unit
        if dp is None:
            dp = 2 if unit in ('万元', '%', '个百分点', '亿元') else 0
        self.dp[key] = dp
        self.label[key] = label or key

    def F(self, key, unit=None, dp=None, commas=None):
        if commas is None:
            commas = self.commas
        f = Fig(self, key, unit, dp, commas)
        self.figs.append(f)
        return f

    def T(self, key, dp=None):
        """figure for a table cell"""
        return self.F(key, dp=dp, commas=self.tcommas)

    def sgn(self, key):
        return self.v[key] < 0

    # ---- lines
    def raw(self, s):
        self.lines.append(('raw', s))

    def blank(self):
        self.lines.append(('raw', ''))

    def h(self, level, text):
        self.raw('#' * level + ' ' + text)
        self.blank()

    def para(self, *segs, trap=None):
        self.lines.append(('p', [s for s in segs if s is not None and s != '']))
        if trap:
            for t in (trap if isinstance(trap, list) else [trap]):
                self.traps.append((len(self.lines), t))
        self.blank()

    def table(self, caption, unitline, header, rows, align=None):
        self.raw(caption)
        if unitline:
            self.raw(unitline)
        self.blank()
        self.raw('| ' + ' | '.join(header) + ' |')
        if align is None:
            align = ['---'] + ['---:'] * (len(header) - 1)
        self.raw('|' + '|'.join(align) + '|')
        for r in rows:
            self.lines.append(('row', r))
        self.blank()

    # ---- relations (refs are Fig objects or keys)
    def lin(self, tag, name, result, terms):
        self.rels.append(dict(type='lin', tag=tag, name=name, result=result, terms=terms))

    def sum(self, tag, name, total, parts):
        self.lin(tag, name, total, [(p, 1) for p in parts])

    def ratio(self, tag, name, result, num, den):
        self.rels.append(dict(type='ratio', tag=tag, name=name, result=result, num=num, den=den))

    def chg(self, tag, name, result, cur, prev):
        self.rels.append(dict(type='chg', tag=tag, name=name, result=result, cur=cur, prev=prev))

    def count(self, tag, name, result, items):
        self.rels.append(dict(type='count', tag=tag, name=name, result=result, items=items))

    def eqrel(self, tag, name, a, b):
        self.rels.append(dict(type='eq', tag=tag, name=name, a=a, b=b))

    # ---- rendering
    def render(self):
        out = []
        order = 0
        for kind, body in self.lines:
            ln = len(out) + 1
            if kind == 'raw':
                out.append(body)
                continue
            if kind == 'p':
                s = ''
                for seg in body:
                    if isinstance(seg, Fig):
                        assert not (s and s[-1].isdigit()), s
                        seg.where, seg.line, seg.pos = 'prose', ln, len(TOKEN.findall(s))
                        seg.order = order; order += 1
                        s += seg.text(False)
                    else:
                        s += seg
                for seg in body:
                    if isinstance(seg, Fig):
                        assert TOKEN.findall(s)[seg.pos] == seg.text(False), (s, seg.text(False))
                out.append(s)
                continue
            cells = []
            for ci, c in enumerate(body):
                if isinstance(c, Fig):
                    c.where, c.line, c.pos = 'cell', ln, ci
                    c.order = order; order += 1
                    cells.append(c.text(True))
                else:
                    cells.append(c)
            out.append('| ' + ' | '.join(cells) + ' |')
        for f in self.figs:
            assert f.line is not None, ('figure created but not placed', f.key)
        return out

    def finalize(self):
        lines = self.render()
        figs = sorted(self.figs, key=lambda f: f.order)
        for i, f in enumerate(figs, 1):
            f.id = 'f%03d' % i
        bykey = {}
        for f in figs:
            bykey.setdefault(f.key, []).append(f)
        canon = {}
        for k, fs in bykey.items():
            canon[k] = sorted(fs, key=lambda f: (f.where != 'cell', f.unit != self.u[k], f.order))[0]
        rels = []

        def res(r):
            return r.id if isinstance(r, Fig) else (canon[r].id if r in canon else None)

        for r in self.rels:
            o = dict(type=r['type'], tag=r['tag'], name=r['name'])
            ok = True
            for fld in ('result', 'num', 'den', 'cur', 'prev', 'a', 'b'):
                if fld in r:
                    o[fld] = res(r[fld]); ok = ok and o[fld] is not None
            if 'terms' in r:
                o['terms'] = [(res(x), c) for x, c in r['terms']]
                ok = ok and all(x is not None for x, _ in o['terms'])
            if 'items' in r:
                o['items'] = [res(x) for x in r['items']]
                ok = ok and all(x is not None for x in o['items'])
            if ok:
                rels.append(o)
        # same quantity stated more than once: each restatement equals the canonical one
        for k, fs in bykey.items():
            c = canon[k]
            for f in fs:
                if f is c:
                    continue
                lab = self.label[k]
                if f.unit != c.unit:
                    tag, name = ('eq_yi' if f.unit == '亿元' else 'eq_unit'), '%s：%s与%s表述换算一致' % (lab, c.unit, f.unit)
                elif c.where == 'cell' and f.where == 'prose':
                    tag, name = 'eq_table', '%s：正文与表格一致' % lab
                elif c.where == 'cell' and f.where == 'cell':
                    tag, name = 'eq_cells', '%s：两表数据一致' % lab
                else:
                    tag, name = 'eq_prose', '%s：正文前后表述一致' % lab
                rels.append(dict(type='eq', tag=tag, name=name, a=c.id, b=f.id))
        self.out_lines = lines
        self.out_figs = figs
        self.out_rels = rels
        return lines

    def values(self, override=None):
        val, unit, dp = {}, {}, {}
        for f in self.out_figs:
            txt = f.text(f.where == 'cell')
            if override and f.id in override:
                txt = override[f.id]
            v = parse_num(txt.lstrip('-'))
            if txt.startswith('-') or (f.where == 'prose' and f.value < 0):
                v = -v
            val[f.id], unit[f.id], dp[f.id] = v, f.unit, ndp(txt)
        return val, unit, dp

    def failing(self, override=None):
        val, unit, dp = self.values(override)
        return [r for r in self.out_rels if not check_rel(r, val, unit, dp)]
# ---------------------------------------------------------------- unit kinds
# fn: functional classification tree (类, 款, 项); item kind b=基本, p=项目, m=both
# out: (description, measure word, target range) for 产出 with 完成率
UNITS = [
 dict(n='县教育局', cat='admin', sc=(26000, 48000), place='岚溪',
  duty='负责全县学前教育、义务教育、普通高中和职业教育的统筹规划与管理，指导学校德育、体育、卫生和艺术教育，负责教师队伍建设和教育经费的统筹管理',
  org='内设股室9个，下属中小学及幼儿园41所',
  fn=[('205', '教育支出', [('20501', '教育管理事务', [('2050101', '行政运行', 'b'), ('2050199', '其他教育管理事务支出', 'p')]),
                          ('20502', '普通教育', [('2050201', '学前教育', 'p'), ('2050202', '小学教育', 'm'), ('2050203', '初中教育', 'm')])])],
  proj=['义务教育薄弱环节改善与能力提升', '学前教育普惠发展奖补', '学生资助补助经费', '乡村教师培训专项', '校园安全防范建设', '教育信息化提升', '农村学生营养改善计划', '校舍维修改造'],
  out=[('完成农村学校校舍维修改造', '所', (10, 24)), ('开展中小学教师全员培训', '人次', (1800, 3600)), ('发放各类学生资助', '人次', (5200, 9800))],
  eff='全县义务教育巩固率保持在99%以上，适龄儿童入学率达到100%'),
 dict(n='区卫生健康委员会', cat='admin', sc=(9000, 21000), place='鹭汀',
  duty='负责全区卫生健康事业发展规划，组织实施基本公共卫生服务和重大公共卫生服务项目，统筹推进医药卫生体制改革和疾病预防控制工作',
  org='内设科室8个，下属医疗卫生单位14个',
  fn=[('210', '卫生健康支出', [('21001', '卫生健康管理事务', [('2100101', '行政运行', 'b'), ('2100102', '一般行政管理事务', 'p')]),
                            ('21004', '公共卫生', [('2100408', '基本公共卫生服务', 'p'), ('2100409', '重大公共卫生服务', 'p')])])],
  proj=['基本公共卫生服务补助', '家庭医生签约服务', '重大传染病防控', '基层医疗机构设备购置', '妇幼健康服务', '卫生应急能力建设', '爱国卫生运动'],
  out=[('建立城乡居民电子健康档案', '份', (180000, 260000)), ('开展65岁以上老年人健康体检', '人', (21000, 36000)), ('组织卫生应急演练', '次', (6, 14))],
  eff='辖区居民健康素养水平稳步提高，孕产妇和婴儿死亡率控制在省定目标以内'),
 dict(n='青樾街道办事处', cat='street', sc=(3200, 7200), place='鹭汀区',
  duty='负责辖区党的建设、社区治理、公共服务、平安建设、城市管理和经济发展服务等工作，指导社区居民委员会开展自治活动',
  org='内设综合办公室、党建工作办公室、社会事务办公室等7个机构，下辖社区9个',
  fn=[('201', '一般公共服务支出', [('20103', '政府办公厅（室）及相关机构事务', [('2010301', '行政运行', 'b'), ('2010302', '一般行政管理事务', 'p'), ('2010350', '事业运行', 'b')])]),
      ('212', '城乡社区支出', [('21201', '城乡社区管理事务', [('2120199', '其他城乡社区管理事务支出', 'p')]), ('21205', '城乡社区环境卫生', [('2120501', '城乡社区环境卫生', 'p')])])],
  proj=['社区工作经费', '老旧小区微改造', '辖区环境卫生保洁', '网格化服务管理', '平安建设专项', '社区居家养老服务'],
  out=[('完成老旧小区微改造', '个', (4, 9)), ('开展社区志愿服务活动', '场次', (90, 160)), ('处理网格事件', '件', (2200, 4100))],
  eff='辖区群众安全感和满意度持续提升，社区矛盾纠纷调处成功率达到98%以上'),
 dict(n='望澄街道办事处', cat='street', sc=(2600, 5600), place='云岫市栎水区',
  duty='负责统筹辖区经济社会发展，组织实施社区建设、民生保障、综合治理和城市精细化管理，承办区委、区政府交办的其他事项',
  org='内设机构6个，下辖社区7个、村（居）民小组23个',
  fn=[('201', '一般公共服务支出', [('20103', '政府办公厅（室）及相关机构事务', [('2010301', '行政运行', 'b'), ('2010302', '一般行政管理事务', 'p')])]),
      ('212', '城乡社区支出', [('21201', '城乡社区管理事务', [('2120199', '其他城乡社区管理事务支出', 'p')])]),
      ('213', '农林水支出', [('21307', '农村综合改革', [('2130705', '对村民委员会和村党支部的补助', 'p')])])],
  proj=['社区服务群众专项经费', '背街小巷提质改造', '城市管理精细化', '基层综合治理', '村（社区）运转补助', '文明创建专项'],
  out=[('完成背街小巷提质改造', '条', (6, 15)), ('开展文明创建志愿活动', '场次', (60, 120)), ('入户走访困难群众', '户次', (900, 1800))],
  eff='辖区人居环境明显改善，群众对社区服务的获得感进一步增强'),
 dict(n='县水利局', cat='admin', sc=(8000, 19000), place='栎川',
  duty='负责全县水资源统一管理和保护，组织实施水利工程建设与运行管理，承担水旱灾害防御和农村饮水安全工作',
  org='内设股室7个，下属水利工程管理站、水土保持站等事业单位5个',
  fn=[('213', '农林水支出', [('21303', '水利', [('2130301', '行政运行', 'b'), ('2130305', '水利工程建设', 'p'), ('2130306', '水利工程运行与维护', 'p'), ('2130314', '防汛', 'p'), ('2130316', '农村水利', 'p')])])],
  proj=['小型水库除险加固', '农村供水保障工程', '山洪灾害防治', '河湖长制工作经费', '中小河流治理', '水土保持生态修复', '防汛抗旱物资储备'],
  out=[('完成小型水库除险加固', '座', (8, 18)), ('新建改造农村供水管网', '公里', (60, 140)), ('开展河湖巡查', '次', (1500, 3200))],
  eff='全县农村自来水普及率进一步提高，汛期未发生水库垮坝和人员伤亡事件'),
 dict(n='区文化旅游广电体育局', cat='admin', sc=(4200, 9800), place='澜舟',
  duty='负责全区文化、旅游、广播电视和体育事业发展，组织开展群众文化活动，承担文物保护、非物质文化遗产保护和旅游市场监管工作',
  org='内设科室6个，下属文化馆、图书馆、文物管理所等单位4个',
  fn=[('207', '文化旅游体育与传媒支出', [('20701', '文化和旅游', [('2070101', '行政运行', 'b'), ('2070104', '图书馆', 'm'), ('2070109', '群众文化', 'p'), ('2070111', '文化创作与保护', 'p')]),
                                  ('20702', '文物', [('2070204', '文物保护', 'p')])])],
  proj=['公共文化服务体系建设', '送戏下乡惠民演出', '文物保护修缮', '全民健身设施建设', '非物质文化遗产保护', '旅游宣传推介', '应急广播体系建设'],
  out=[('组织送戏下乡惠民演出', '场', (120, 220)), ('新建更新全民健身路径', '处', (15, 35)), ('完成不可移动文物修缮', '处', (3, 8))],
  eff='公共文化设施免费开放水平进一步提高，全年接待游客人次较上年明显回升'),
 dict(n='县人民医院', cat='inst', sc=(42000, 76000), place='枫泽', hosp=True,
  duty='承担全县及周边地区急危重症救治、常见病多发病诊疗、医学教学科研和基层医疗机构业务指导任务，履行公立医院公益职能',
  org='设临床科室28个、医技科室9个，开放床位720张',
  fn=[('210', '卫生健康支出', [('21002', '公立医院', [('2100201', '综合医院', 'm')]), ('21004', '公共卫生', [('2100408', '基本公共卫生服务', 'p')])])],
  proj=['重点专科能力建设', '医疗设备购置', '胸痛卒中中心建设', '医院信息化升级', '住院医师规范化培训', '对口支援基层'],
  out=[('完成门急诊服务', '人次', (380000, 520000)), ('完成住院手术', '台次', (9000, 14000)), ('开展基层帮扶义诊', '次', (40, 90))],
  eff='县域内就诊率稳步提高，群众看病就医负担有所减轻'),
 dict(n='县中医医院', cat='inst', sc=(15000, 30000), place='汀蓝', hosp=True,
  duty='承担全县中医医疗、预防保健、康复和中医药适宜技术推广任务，指导基层医疗机构开展中医药服务',
  org='设临床科室19个、医技科室7个，开放床位360张',
  fn=[('210', '卫生健康支出', [('21002', '公立医院', [('2100202', '中医（民族）医院', 'm')]), ('21006', '中医药', [('2100601', '中医（民族医）药专项', 'p')])])],
  proj=['中医重点专科建设', '中医药适宜技术推广', '康复科能力提升', '医疗设备更新', '智慧医院建设'],
  out=[('完成门诊服务', '人次', (150000, 240000)), ('推广中医药适宜技术', '项', (12, 24)), ('培训基层中医药人员', '人次', (300, 700))],
  eff='中医药服务可及性不断提升，基层中医馆服务覆盖面进一步扩大'),
 dict(n='县第一中学', cat='inst', sc=(3600, 6800), place='棠溪', school=True,
  duty='实施普通高中学历教育，落实立德树人根本任务，组织开展教育教学、学生管理和教师专业发展工作',
  org='设教学班54个，在校学生2760人',
  fn=[('205', '教育支出', [('20502', '普通教育', [('2050204', '高中教育', 'm')]), ('20509', '教育费附加安排的支出', [('2050999', '其他教育费附加安排的支出', 'p')])])],
  proj=['高中教育质量提升', '学生宿舍改造', '实验室设备更新', '普通高中国家助学金', '校园安全设施建设'],
  out=[('资助家庭经济困难学生', '人次', (600, 1200)), ('完成学生宿舍改造', '栋', (2, 4)), ('开展教师校本培训', '人次', (400, 900))],
  eff='学校高考本科上线率较上年有所提高，学生体质健康达标率保持在95%以上'),
 dict(n='职业中等专业学校', cat='inst', sc=(2800, 5200), place='杉屿区', school=True,
  duty='开展中等职业学历教育和社会职业技能培训，服务区域产业发展需要，承担校企合作和技能人才培养任务',
  org='设专业9个，教学班38个，在校学生1820人',
  fn=[('205', '教育支出', [('20503', '职业教育', [('2050302', '中等职业教育', 'm')]), ('20508', '进修及培训', [('2050803', '培训支出', 'p')])])],
  proj=['实训基地建设', '中职学生免学费补助', '国家助学金', '双师型教师培养', '校企合作专项'],
  out=[('开展社会职业技能培训', '人次', (1200, 2600)), ('新建实训工位', '个', (80, 160)), ('组织学生参加技能竞赛', '人次', (60, 140))],
  eff='毕业生就业率保持在96%以上，专业设置与区域产业匹配度进一步提高'),
 dict(n='棠梨镇人民政府', cat='town', sc=(2400, 5200), place='苇原县',
  duty='负责全镇经济社会发展统筹、乡村振兴、基层党建、社会治理、生态环境保护和公共服务等工作',
  org='内设党政综合办公室、经济发展办公室等6个办公室，下辖行政村12个、社区2个',
  fn=[('201', '一般公共服务支出', [('20103', '政府办公厅（室）及相关机构事务', [('2010301', '行政运行', 'b'), ('2010302', '一般行政管理事务', 'p')])]),
      ('213', '农林水支出', [('21305', '巩固脱贫攻坚成果衔接乡村振兴', [('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 'p')]), ('21307', '农村综合改革', [('2130705', '对村民委员会和村党支部的补助', 'p')])])],
  proj=['村级组织运转保障', '乡村振兴示范创建', '农村人居环境整治', '高标准农田管护', '防汛抗旱应急', '镇村道路养护'],
  out=[('完成农村户厕改造', '户', (180, 420)), ('整治村庄环境卫生', '个', (10, 14)), ('新修维护机耕道', '公里', (8, 22))],
  eff='全镇农村人居环境持续改善，村集体经济收入普遍实现增长'),
 dict(n='杉坪乡人民政府', cat='town', sc=(1600, 3600), place='岚溪县',
  duty='负责全乡农业农村发展、乡村治理、民生保障和安全生产等工作，组织实施上级下达的惠农政策和项目',
  org='内设办公室5个，下辖行政村8个',
  fn=[('201', '一般公共服务支出', [('20103', '政府办公厅（室）及相关机构事务', [('2010301', '行政运行', 'b'), ('2010302', '一般行政管理事务', 'p')])]),
      ('213', '农林水支出', [('21301', '农业农村', [('2130199', '其他农业农村支出', 'p')]), ('21307', '农村综合改革', [('2130705', '对村民委员会和村党支部的补助', 'p')])])],
  proj=['村级运转经费', '茶叶产业发展扶持', '森林防火专项', '乡村公益性岗位补贴', '农村安全饮水维护'],
  out=[('扶持茶叶标准化种植', '亩', (800, 1600)), ('开发乡村公益性岗位', '个', (40, 90)), ('开展森林防火巡查', '次', (300, 600))],
  eff='全年未发生较大森林火灾，脱贫人口人均纯收入保持较快增长'),
 dict(n='县农业农村局', cat='admin', sc=(12000, 26000), place='枫泽',
  duty='负责全县农业农村经济发展规划，组织实施粮食生产、耕地质量保护、农产品质量安全监管和农村改革工作',
  org='内设股室11个，下属农技推广中心等二级单位6个',
  fn=[('213', '农林水支出', [('21301', '农业农村', [('2130101', '行政运行', 'b'), ('2130122', '农业生产发展', 'p'), ('2130126', '农村社会事业', 'p'), ('2130135', '农业资源保护修复与利用', 'p')])])],
  proj=['高标准农田建设', '耕地地力保护补贴', '农机购置补贴', '农产品质量安全监测', '动物疫病防控', '稻谷生产者补贴', '农技推广体系建设'],
  out=[('建成高标准农田', '万亩', (2, 5)), ('完成农产品质量安全抽检', '批次', (1800, 2800)), ('培训高素质农民', '人', (300, 700))],
  eff='全县粮食播种面积和产量保持稳定，农产品质量安全抽检合格率达到98%以上'),
 dict(n='市自然资源和规划局汀洲分局', cat='admin', sc=(3000, 8000), place='云岫',
  duty='负责辖区自然资源调查监测、国土空间规划实施、耕地保护和不动产登记等工作',
  org='内设科室7个，下设自然资源所5个',
  fn=[('220', '自然资源海洋气象等支出', [('22001', '自然资源事务', [('2200101', '行政运行', 'b'), ('2200106', '自然资源利用与保护', 'p'), ('2200109', '自然资源调查与确权登记', 'p'), ('2200150', '事业运行', 'b')])])],
  proj=['耕地保护和执法监管', '国土空间规划编制', '不动产登记信息化', '地质灾害防治', '卫片执法检查'],
  out=[('完成地质灾害隐患点巡查', '处次', (400, 900)), ('办结不动产登记业务', '件', (12000, 21000)), ('核查卫片图斑', '个', (300, 800))],
  eff='耕地保有量和永久基本农田保护任务全面完成，地质灾害未造成人员伤亡'),
 dict(n='区民政局', cat='admin', sc=(9000, 20000), place='澜舟',
  duty='负责全区社会救助、养老服务、儿童福利、社会组织管理、殡葬管理和基层政权建设等工作',
  org='内设科室7个，下属社会福利院、救助管理站等单位4个',
  fn=[('208', '社会保障和就业支出', [('20802', '民政管理事务', [('2080201', '行政运行', 'b'), ('2080208', '基层政权建设和社区治理', 'p')]),
                                  ('20810', '社会福利', [('2081002', '老年福利', 'p')]),
                                  ('20819', '最低生活保障', [('2081901', '城市最低生活保障金支出', 'p'), ('2081902', '农村最低生活保障金支出', 'p')])])],
  proj=['城乡低保资金', '特困人员救助供养', '高龄津贴', '居家养老服务', '孤儿基本生活保障', '临时救助'],
  out=[('保障城乡低保对象', '人', (5000, 9000)), ('新建社区养老服务站', '个', (5, 12)), ('实施临时救助', '人次', (800, 1600))],
  eff='困难群众基本生活得到有效保障，社会救助资金做到应保尽保、按时足额发放'),
 dict(n='县交通运输局', cat='admin', sc=(14000, 32000), place='苇原',
  duty='负责全县公路、水路交通建设和养护管理，承担道路运输市场监管和交通运输安全生产监督工作',
  org='内设股室8个，下属公路建设养护中心、运输服务中心等单位3个',
  fn=[('214', '交通运输支出', [('21401', '公路水路运输', [('2140101', '行政运行', 'b'), ('2140104', '公路建设', 'p'), ('2140106', '公路养护', 'p'), ('2140112', '公路运输管理', 'p')])])],
  proj=['农村公路提质改造', '国省干线公路养护', '危桥改造', '农村客运补贴', '交通安全隐患整治', '城乡客运一体化'],
  out=[('完成农村公路提质改造', '公里', (60, 130)), ('完成危桥改造', '座', (5, 14)), ('整治公路安全隐患点', '处', (40, 110))],
  eff='全县建制村通客车率保持100%，公路网通行条件持续改善'),
 dict(n='区市场监督管理局', cat='admin', sc=(3600, 7800), place='鹭汀',
  duty='负责全区市场综合监督管理、市场主体登记、食品药品安全监管、产品质量安全和知识产权保护工作',
  org='内设科室12个，下设市场监管所6个',
  fn=[('201', '一般公共服务支出', [('20138', '市场监督管理事务', [('2013801', '行政运行', 'b'), ('2013804', '市场主体管理', 'p'), ('2013812', '药品事务', 'p'), ('2013816', '食品安全监管', 'p')])])],
  proj=['食品安全抽检', '特种设备安全监察', '知识产权保护', '价格监督检查', '智慧市场监管平台运维'],
  out=[('完成食品安全监督抽检', '批次', (1600, 3000)), ('检查特种设备使用单位', '家次', (300, 700)), ('办结消费投诉举报', '件', (1800, 3400))],
  eff='全区未发生区域性、系统性食品安全事件，市场主体总量保持增长'),
 dict(n='县司法局', cat='admin', sc=(1500, 3200), place='栎川',
  duty='负责全县法治建设统筹协调、行政复议、普法依法治理、人民调解、社区矫正和公共法律服务等工作',
  org='内设股室6个，下设司法所11个',
  fn=[('204', '公共安全支出', [('20406', '司法', [('2040601', '行政运行', 'b'), ('2040604', '基层司法业务', 'p'), ('2040605', '普法宣传', 'p'), ('2040607', '法律援助', 'p'), ('2040610', '社区矫正', 'p')])])],
  proj=['法律援助经费', '人民调解以案定补', '普法宣传教育', '社区矫正监管', '公共法律服务平台建设'],
  out=[('办理法律援助案件', '件', (300, 600)), ('调处矛盾纠纷', '件', (1500, 2800)), ('开展法治宣传活动', '场次', (120, 260))],
  eff='社区矫正对象再犯罪率为零，人民调解成功率保持在97%以上'),
 dict(n='区应急管理局', cat='admin', sc=(1800, 4200), place='杉屿',
  duty='负责全区应急管理体系建设、安全生产综合监管、防灾减灾救灾和应急救援工作',
  org='内设科室6个，下属应急救援指挥中心1个',
  fn=[('224', '灾害防治及应急管理支出', [('22401', '应急管理事务', [('2240101', '行政运行', 'b'), ('2240106', '安全监管', 'p'), ('2240108', '应急救援', 'p'), ('2240109', '应急管理', 'p')])])],
  proj=['安全生产专项整治', '应急物资储备', '基层应急能力建设', '防灾减灾宣传', '应急救援队伍建设'],
  out=[('开展安全生产执法检查', '家次', (600, 1200)), ('组织应急演练', '场次', (20, 50)), ('排查整改安全隐患', '处', (1200, 2600))],
  eff='全区生产安全事故起数和死亡人数实现双下降，未发生较大及以上事故'),
 dict(n='县图书馆', cat='inst', sc=(600, 1300), place='汀蓝',
  duty='承担文献信息资源收集、整理、保存和公共借阅服务，组织开展全民阅读推广和总分馆体系建设',
  org='设采编部、借阅部、少儿部、数字资源部等部室5个，建成乡镇分馆15个',
  fn=[('207', '文化旅游体育与传媒支出', [('20701', '文化和旅游', [('2070104', '图书馆', 'm'), ('2070199', '其他文化和旅游支出', 'p')])])],
  proj=['免费开放补助', '文献资源购置', '全民阅读推广', '总分馆体系建设', '数字图书馆运维'],
  out=[('新增馆藏纸质图书', '册', (12000, 26000)), ('举办阅读推广活动', '场次', (90, 180)), ('开展流动图书车服务', '次', (40, 90))],
  eff='全年到馆读者人次明显增长，基层群众阅读条件进一步改善'),
 dict(n='区疾病预防控制中心', cat='inst', sc=(1800, 4200), place='澜舟',
  duty='承担全区传染病、慢性病和地方病预防控制，组织免疫规划、突发公共卫生事件处置和健康教育工作',
  org='设业务科所9个，实验室检测项目260余项',
  fn=[('210', '卫生健康支出', [('21004', '公共卫生', [('2100401', '疾病预防控制机构', 'm'), ('2100409', '重大公共卫生服务', 'p'), ('2100410', '突发公共卫生事件应急处置', 'p')])])],
  proj=['免疫规划专项', '艾滋病结核病防治', '慢性病综合防控', '实验室能力建设', '突发公共卫生事件应急处置', '健康素养促进'],
  out=[('完成适龄儿童免疫规划疫苗接种', '剂次', (42000, 68000)), ('开展传染病监测检测', '份', (9000, 18000)), ('开展健康教育讲座', '场', (60, 140))],
  eff='全区适龄儿童免疫规划疫苗接种率保持在95%以上，法定传染病报告发病率低于全市平均水平'),
 dict(n='县林业局', cat='admin', sc=(5000, 11000), place='棠溪',
  duty='负责全县林业和草原资源保护、造林绿化、森林防火、林业有害生物防治和自然保护地管理工作',
  org='内设股室7个，下属国有林场2个、林业站9个',
  fn=[('213', '农林水支出', [('21302', '林业和草原', [('2130201', '行政运行', 'b'), ('2130205', '森林资源培育', 'p'), ('2130209', '森林生态效益补偿', 'p'), ('2130234', '林业草原防灾减灾', 'p')])])],
  proj=['国土绿化行动', '森林生态效益补偿', '森林防火专项', '松材线虫病防治', '天然林保护', '林业科技推广'],
  out=[('完成人工造林', '亩', (6000, 12000)), ('完成松材线虫病疫木除治', '株', (20000, 46000)), ('开展森林防火巡护', '人次', (9000, 16000))],
  eff='全县森林覆盖率保持稳定，全年未发生重大森林火灾'),
 dict(n='区人力资源和社会保障局', cat='admin', sc=(4000, 9000), place='云岫市栎水',
  duty='负责全区就业创业、社会保险、人才人事、劳动关系和劳动保障监察等工作',
  org='内设科室10个，下属就业服务中心、社会保险服务中心等单位3个',
  fn=[('208', '社会保障和就业支出', [('20801', '人力资源和社会保障管理事务', [('2080101', '行政运行', 'b'), ('2080109', '社会保险经办机构', 'p'), ('2080111', '公共就业服务和职业技能鉴定机构', 'p')]),
                                  ('20807', '就业补助', [('2080799', '其他就业补助支出', 'p')])])],
  proj=['就业创业补贴', '职业技能提升行动', '公益性岗位补贴', '劳动保障监察', '人才引进专项'],
  out=[('新增城镇就业', '人', (4200, 7800)), ('开展职业技能培训', '人次', (3000, 6000)), ('办结劳动保障监察案件', '件', (200, 480))],
  eff='城镇登记失业率控制在4%以内，重点群体就业保持稳定'),
 dict(n='县统计局', cat='admin', sc=(500, 1200), place='枫泽',
  duty='负责全县统计调查、统计监测、统计执法和统计信息发布，组织实施各项普查和专项调查',
  org='内设股室5个，下属普查中心1个',
  fn=[('201', '一般公共服务支出', [('20105', '统计信息事务', [('2010501', '行政运行', 'b'), ('2010507', '专项普查活动', 'p'), ('2010508', '统计抽样调查', 'p')])])],
  proj=['第五次全国经济普查', '住户调查专项', '统计执法检查', '统计信息化建设'],
  out=[('完成经济普查清查单位', '个', (5000, 9000)), ('开展住户抽样调查', '户', (300, 600)), ('发布统计分析报告', '篇', (20, 45))],
  eff='统计数据质量持续提高，统计服务对县委县政府决策的支撑作用进一步增强'),
 dict(n='市档案馆', cat='inst', sc=(700, 1600), place='汀蓝',
  duty='负责集中统一保管全市重要档案资料，开展档案接收、整理、保护、利用和数字化工作',
  org='设业务科室6个，馆藏档案18.6万卷',
  fn=[('201', '一般公共服务支出', [('20126', '档案事务', [('2012604', '档案馆', 'm'), ('2012699', '其他档案事务支出', 'p')])])],
  proj=['馆藏档案数字化', '档案抢救保护', '档案安全设施维护', '地方志编纂', '档案利用服务'],
  out=[('完成档案数字化扫描', '万画幅', (60, 140)), ('接收进馆档案', '卷', (5000, 12000)), ('提供档案查阅利用', '人次', (3000, 7000))],
  eff='重要档案实现异地异质备份，档案利用服务效率明显提升'),
 dict(n='县住房和城乡建设局', cat='admin', sc=(11000, 27000), place='岚溪',
  duty='负责全县住房保障、城镇老旧小区改造、建筑市场监管、市政公用设施建设和房地产市场监管工作',
  org='内设股室9个，下属质量安全监督站等单位4个',
  fn=[('212', '城乡社区支出', [('21201', '城乡社区管理事务', [('2120101', '行政运行', 'b'), ('2120199', '其他城乡社区管理事务支出', 'p')]), ('21203', '城乡社区公共设施', [('2120399', '其他城乡社区公共设施支出', 'p')])]),
      ('221', '住房保障支出', [('22101', '保障性安居工程支出', [('2210103', '棚户区改造', 'p'), ('2210108', '老旧小区改造', 'p')])])],
  proj=['城镇老旧小区改造', '保障性住房租赁补贴', '城市燃气管网更新', '建筑工地扬尘治理', '农村危房改造', '市政道路维护'],
  out=[('完成老旧小区改造', '个', (12, 30)), ('发放租赁补贴', '户', (600, 1300)), ('改造城市燃气老旧管网', '公里', (15, 40))],
  eff='城镇居民居住条件持续改善，建筑施工领域未发生较大安全事故'),
 dict(n='市生态环境局汀洲分局', cat='admin', sc=(1800, 4600), place='云岫',
  duty='负责辖区生态环境监督管理、污染防治、生态环境执法和环境质量监测工作',
  org='内设科室5个，下属生态环境保护综合执法大队1个',
  fn=[('211', '节能环保支出', [('21101', '环境保护管理事务', [('2110101', '行政运行', 'b'), ('2110104', '生态环境保护宣传', 'p')]), ('21103', '污染防治', [('2110301', '大气', 'p'), ('2110302', '水体', 'p')])])],
  proj=['大气污染防治', '水污染防治', '土壤污染防治', '环境监测能力建设', '生态环境执法'],
  out=[('开展生态环境执法检查', '家次', (400, 900)), ('完成重点企业环境监测', '家', (60, 140)), ('整治入河排污口', '个', (10, 30))],
  eff='辖区空气质量优良天数比率同比提高，国控断面水质稳定达到Ⅲ类标准'),
 dict(n='县科学技术局', cat='admin', sc=(1200, 3400), place='苇原',
  duty='负责全县科技创新发展规划、科技项目管理、科技成果转化、高新技术企业培育和科学普及工作',
  org='内设股室4个，下属科技情报所1个',
  fn=[('206', '科学技术支出', [('20601', '科学技术管理事务', [('2060101', '行政运行', 'b')]), ('20604', '技术研究与开发', [('2060499', '其他技术研究与开发支出', 'p')]), ('20607', '科学技术普及', [('2060702', '科普活动', 'p')])])],
  proj=['科技创新奖补', '高新技术企业培育', '科技特派员服务', '科普示范创建', '产学研合作专项'],
  out=[('新认定高新技术企业', '家', (10, 24)), ('选派科技特派员', '人', (40, 90)), ('开展科普宣传活动', '场次', (50, 110))],
  eff='全县高新技术产业增加值稳步增长，科技成果本地转化数量增加'),
 dict(n='区退役军人事务局', cat='admin', sc=(2600, 5800), place='杉屿',
  duty='负责全区退役军人思想政治、就业创业、优抚安置、褒扬纪念和权益维护工作',
  org='内设科室5个，下属退役军人服务中心1个',
  fn=[('208', '社会保障和就业支出', [('20828', '退役军人管理事务', [('2082801', '行政运行', 'b'), ('2082804', '拥军优属', 'p'), ('2082850', '事业运行', 'b')]),
                                  ('20808', '抚恤', [('2080801', '死亡抚恤', 'p'), ('2080805', '义务兵优待', 'p')])])],
  proj=['优抚对象抚恤补助', '义务兵家庭优待金', '退役士兵职业技能培训', '烈士纪念设施维护', '困难退役军人帮扶'],
  out=[('发放优抚对象抚恤补助', '人', (2200, 4000)), ('组织退役士兵技能培训', '人', (120, 260)), ('走访慰问困难退役军人', '户次', (400, 800))],
  eff='优抚政策落实到位，退役军人及其他优抚对象合法权益得到有效保障'),
 dict(n='县残疾人联合会', cat='admin', sc=(900, 2400), place='棠溪',
  duty='负责全县残疾人康复、教育、就业、维权和文化体育工作，组织实施残疾人两项补贴和辅助器具适配',
  org='内设股室4个，下属残疾人康复服务中心1个',
  fn=[('208', '社会保障和就业支出', [('20811', '残疾人事业', [('2081101', '行政运行', 'b'), ('2081104', '残疾人康复', 'p'), ('2081105', '残疾人就业', 'p'), ('2081107', '残疾人生活和护理补贴', 'p')])])],
  proj=['残疾人两项补贴', '残疾儿童康复救助', '辅助器具适配', '残疾人就业培训', '无障碍改造'],
  out=[('实施残疾儿童康复救助', '人', (120, 260)), ('完成困难重度残疾人家庭无障碍改造', '户', (80, 180)), ('适配辅助器具', '件', (600, 1300))],
  eff='残疾人基本民生保障水平持续提高，持证残疾人基本康复服务覆盖率达到85%以上'),
]

GENERIC_FN = [
 ('208', '社会保障和就业支出', [('20805', '行政事业单位养老支出', [('2080505', '机关事业单位基本养老保险缴费支出', 'b'), ('2080506', '机关事业单位职业年金缴费支出', 'b')])]),
 ('210', '卫生健康支出', [('21011', '行政事业单位医疗', [('2101101', '行政单位医疗', 'b')])]),
 ('221', '住房保障支出', [('22102', '住房改革支出', [('2210201', '住房公积金', 'b')])]),
]

PROBLEMS = [
 ('预算编制的精准度有待提高。', '部分项目在预算编制阶段对实施进度和资金需求测算不够细致，年中追加和调剂事项较多，年初预算的约束作用没有充分发挥。',
  '提高预算编制质量。', '坚持“先谋事后排钱”，项目预算编制前充分论证实施条件和资金需求，减少年中追加调整，增强年初预算的完整性和约束力。'),
 ('绩效目标设置不够科学。', '个别项目绩效指标以定性描述为主，可量化、可考核的指标偏少，效益指标与项目产出的对应关系不够清晰。',
  '完善绩效目标管理。', '对照行业标准和历史数据细化量化绩效指标，做到目标可衡量、结果可考核，并将绩效目标审核作为预算安排的前置条件。'),
 ('资金支付进度不均衡。', '受项目招投标、工程验收等因素影响，部分项目资金集中在第四季度支付，上半年支出进度偏慢。',
  '加快预算执行进度。', '建立项目支出进度月调度机制，对执行进度滞后的项目及时督办，推动资金支出与项目实施进度相匹配。'),
 ('绩效评价结果应用不充分。', '自评工作中存在重打分、轻分析的情况，评价发现的问题与下年度预算安排衔接不够紧密。',
  '强化评价结果运用。', '将自评结果与下年度预算安排、政策调整和内部管理挂钩，对绩效偏低的项目压减预算，对问题整改情况进行跟踪。'),
 ('资产管理基础工作还需加强。', '部分固定资产登记、领用和处置手续不够完备，资产账与实物的定期核对不够及时。',
  '规范资产管理。', '每半年开展一次资产清查盘点，完善资产入账、领用、调拨和报废处置程序，确保账账相符、账实相符。'),
 ('项目前期准备不够充分。', '个别项目立项论证和设计审批耗时较长，导致当年未能全部实施，形成一定数额的结转资金。',
  '加强项目库建设。', '提前做好项目储备和前期论证，对条件成熟的项目优先安排预算，对长期未实施的项目及时清理收回资金。'),
]
# ---------------------------------------------------------------- model helpers
import json, os, random, shutil, sys

CN_NUM = '一二三四五六七八九十'


def cents(x):
    return int(q(x, 2) * 100)


def money(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def frac(rng, a, b):
    return D(rng.randint(int(a * 10000), int(b * 10000))) / 10000


def split(rng, total, n, lo=1, hi=4):
    """split a 2-dp Decimal total into n positive 2-dp parts"""
    tc = cents(total)
    w = [rng.randint(lo * 100, hi * 100) for _ in range(n)]
    parts = [tc * x // sum(w) for x in w]
    parts[0] += tc - sum(parts)
    assert all(p > 0 for p in parts), (total, parts)
    return [D(p) / 100 for p in parts]


def split_int(rng, total, n):
    w = [rng.randint(100, 400) for _ in range(n)]
    parts = [total * x // sum(w) for x in w]
    parts[0] += total - sum(parts)
    return parts


def selfname(name):
    for end, s in (('委员会', '我委'), ('办事处', '本街道'), ('镇人民政府', '我镇'), ('乡人民政府', '我乡'), ('医院', '我院'),
                   ('学校', '我校'), ('中学', '我校'), ('馆', '本馆'), ('中心', '本中心'), ('联合会', '本会'), ('分局', '本分局'), ('局', '我局')):
        if name.endswith(end):
            return s
    return '本单位'


def inc_word(neg):
    return '减少' if neg else '增加'


def grow_word(neg, tongbi=False):
    return ('同比' if tongbi else '') + ('下降' if neg else '增长')


def rate_of(a, b):
    return a / b * 100


# ---------------------------------------------------------------- one report
class Report:
    def __init__(self, idx, U, max_tables=4):
        self.max_tables = max_tables
        self.idx = idx
        self.U = U
        self.rng = random.Random(20240 + idx * 7919)
        r = self.rng
        self.name = U['place'] + U['n']
        self.me = selfname(U['n'])
        self.d = Doc(r, commas=r.random() < 0.5, tcommas=r.random() < 0.6)
        self.abbr = U['place'][0]
        self.opts = {}
        self.model()

    # ------------------------------------------------------------ numbers
    def model(self):
        r, d, U = self.rng, self.d, self.U
        lo, hi = U['sc']
        E = money(r, lo, hi)
        bshare = frac(r, 0.38, 0.62) if U['cat'] != 'inst' else frac(r, 0.55, 0.8)
        if U.get('hosp'):
            bshare = frac(r, 0.25, 0.4)
        B = q(E * bshare, 2); P = E - B
        Pe = q(B * frac(r, 0.72, 0.9), 2); Pu = B - Pe
        d.set('E', E, label='本年支出合计'); d.set('B', B, label='基本支出'); d.set('P', P, label='项目支出')
        d.set('Pe', Pe, label='人员经费'); d.set('Pu', Pu, label='公用经费')
        # last year
        Pe0 = q(Pe * frac(r, 0.9, 1.06), 2); Pu0 = q(Pu * frac(r, 0.85, 1.15), 2)
        P0 = q(P * frac(r, 0.8, 1.2), 2)
        B0 = Pe0 + Pu0; E0 = B0 + P0
        for k, v, lab in (('Pe0', Pe0, '上年人员经费'), ('Pu0', Pu0, '上年公用经费'), ('P0', P0, '上年项目支出'), ('B0', B0, '上年基本支出'), ('E0', E0, '上年支出合计')):
            d.set(k, v, label=lab)
        for k in ('E', 'B', 'P', 'Pe', 'Pu'):
            d.set(k + '_chg', d.v[k] - d.v[k + '0'], label=d.label[k] + '比上年增减额')
            d.set(k + '_rate', rate_of(d.v[k] - d.v[k + '0'], d.v[k + '0']), '%', label=d.label[k] + '比上年增减率', dp=2)
        # income
        C0 = q(E * frac(r, 0.01, 0.06), 2); C1 = q(E * frac(r, 0.008, 0.05), 2)
        I = E + C1 - C0
        S = q(I * frac(r, 0.5, 0.75), 2) if U.get('hosp') else (q(I * frac(r, 0.04, 0.12), 2) if U.get('school') else D(0))
        O = q(I * frac(r, 0.003, 0.02), 2)
        G = q(I * frac(r, 0.02, 0.08), 2) if U['cat'] in ('town', 'street') or r.random() < 0.25 else D(0)
        F = I - S - O - G
        self.has_S, self.has_G = S > 0, G > 0
        I0 = q(I * frac(r, 0.88, 1.1), 2)
        S0 = q(S * frac(r, 0.9, 1.1), 2); O0 = q(O * frac(r, 0.6, 1.5), 2); G0 = q(G * frac(r, 0.7, 1.3), 2)
        F0 = I0 - S0 - O0 - G0
        for k, v, lab in (('F', F, '一般公共预算财政拨款收入'), ('S', S, '事业收入'), ('O', O, '其他收入'), ('G', G, '政府性基金预算财政拨款收入'),
                          ('I', I, '本年收入合计'), ('C0', C0, '上年结转结余'), ('C1', C1, '年末结转结余')):
            d.set(k, v, label=lab)
            if k in 'FSOGI':
                d.set(k + '0', {'F': F0, 'S': S0, 'O': O0, 'G': G0, 'I': I0}[k], label='上年' + lab)
                d.set(k + '_chg', v - d.v[k + '0'], label=lab + '比上年增减额')
                if d.v[k + '0'] != 0:
                    d.set(k + '_rate', rate_of(v - d.v[k + '0'], d.v[k + '0']), '%', label=lab + '比上年增减率')
        d.set('totL', I + C0, label='收入总计'); d.set('totR', E + C1, label='支出总计')
        # budget
        T = E + C1
        ADJ = q(T * (frac(r, 0.03, 0.22) if r.random() < 0.75 else -frac(r, 0.01, 0.06)), 2)
        d.set('T', T, label='全年预算数'); d.set('ADJ', ADJ, label='预算调整数'); d.set('Y0', T - ADJ, label='年初预算数')
        self.rdp = r.choice([2, 2, 1])     # decimals of execution rate
        d.set('exec', rate_of(E, T), '%', label='预算执行率', dp=self.rdp)
        ex = q(d.v['exec'], self.rdp)
        d.set('exec0', ex - D(r.randint(30, 420)) / (100 if self.rdp == 2 else 10) / (1 if self.rdp == 2 else 10) if False else q(ex - frac(r, 0.3, 4.2), self.rdp), '%', label='上年预算执行率', dp=self.rdp)
        d.set('exec_pp', ex - d.v['exec0'], '个百分点', label='预算执行率比上年提高', dp=self.rdp)
        d.set('sh_P_E', rate_of(P, E), '%', label='项目支出占本年支出比重')
        d.set('sh_B_E', rate_of(B, E), '%', label='基本支出占本年支出比重')
        d.set('sh_Pe_B', rate_of(Pe, B), '%', label='人员经费占基本支出比重', dp=r.choice([1, 2]))
        # staff
        rows = [('行政编制', 'a'), ('事业编制', 's')] if U['cat'] in ('admin', 'street', 'town') else [('事业编制', 's')]
        if U['cat'] == 'inst' and r.random() < 0.5:
            rows = [('事业编制', 's'), ('工勤编制', 'g')]
        if U['cat'] != 'inst' and r.random() < 0.4:
            rows.append(('工勤编制', 'g'))
        scale = 40 if U['cat'] != 'inst' else 120
        if U.get('hosp'):
            scale = 500
        if E < 1500:
            scale = 18
        self.staff_rows = []
        for lab, c in rows:
            ed = r.randint(scale // 3, scale) if c != 'g' else r.randint(2, 9)
            act = ed - r.randint(0, max(1, ed // 8))
            d.set('st_ed_' + c, ed, '人', label=lab + '编制数'); d.set('st_act_' + c, act, '人', label=lab + '实有人数')
            d.set('st_rate_' + c, rate_of(act, ed), '%', label=lab + '人员控制率', dp=2)
            d.set('st_ret_' + c, r.randint(ed // 5, ed // 2 + 1), '人', label=lab + '退休人数')
            self.staff_rows.append((lab, c))
        for k, lab in (('st_ed', '编制数'), ('st_act', '在职人数'), ('st_ret', '退休人数')):
            d.set(k, sum(d.v[k + '_' + c] for _, c in self.staff_rows), '人', label=lab)
        self.cdp = r.choice([2, 1])
        rr = rate_of(d.v['st_act'], d.v['st_ed'])
        if q(q(rr, 2), 1) != q(rr, 1):
            self.cdp = 2
        d.set('st_rate', rate_of(d.v['st_act'], d.v['st_ed']), '%', label='人员控制率', dp=self.cdp)
        d.set('st_act0', d.v['st_act'] + r.choice([-3, -2, -1, 1, 2, 3, 4]), '人', label='上年末在职人数')
        d.set('st_chg', d.v['st_act'] - d.v['st_act0'], '人', label='在职人数比上年增减')
        # projects
        names = list(U['proj'])
        r.shuffle(names)
        n = min(len(names), r.randint(5, 8))
        self.projects = names[:n]
        acts = split(r, P, n)
        for i, a in enumerate(acts):
            b = a if r.random() < 0.35 else a + q(a * frac(r, 0.01, 0.14), 2)
            d.set('pj%d_b' % i, b, label='%s全年预算' % names[i]); d.set('pj%d_a' % i, a, label='%s执行数' % names[i])
            d.set('pj%d_bal' % i, b - a, label='%s结余' % names[i]); d.set('pj%d_r' % i, rate_of(a, b), '%', label='%s执行率' % names[i])
        PB = sum(d.v['pj%d_b' % i] for i in range(n))
        d.set('PB', PB, label='项目支出全年预算合计'); d.set('P_bal', PB - P, label='项目支出结余合计')
        d.set('P_r', rate_of(P, PB), '%', label='项目支出执行率'); d.set('pj_n', n, '个', label='项目个数')
        # functional classification
        tree = {}
        order = []
        for cls in U['fn'] + GENERIC_FN:
            code, nm, kuans = cls
            if code not in tree:
                tree[code] = (nm, {}); order.append(code)
            for kcode, knm, items in kuans:
                if kcode not in tree[code][1]:
                    tree[code][1][kcode] = (knm, [])
                for it in items:
                    if U['cat'] == 'inst' and it[0] == '2101101':
                        it = ('2101102', '事业单位医疗', 'b')
                    tree[code][1][kcode][1].append(it)
        self.fn_order = order
        self.fn_tree = tree
        items = [it for c in order for kc in tree[c][1] for it in tree[c][1][kc][1]]
        bi = [it for it in items if it[2] in 'bm']; pi = [it for it in items if it[2] in 'pm']
        bv = dict(zip([it[0] for it in bi], split(r, B, len(bi))))
        pv = dict(zip([it[0] for it in pi], split(r, P, len(pi))))
        prevs = dict(zip([it[0] for it in items], split(r, E0, len(items))))
        for it in items:
            c = it[0]
            d.set('fn%s_b' % c, bv.get(c, D(0)), label='%s（%s）基本支出' % (it[1], c))
            d.set('fn%s_p' % c, pv.get(c, D(0)), label='%s（%s）项目支出' % (it[1], c))
            d.set('fn%s_t' % c, bv.get(c, D(0)) + pv.get(c, D(0)), label='%s（%s）' % (it[1], c))
            d.set('fn%s_0' % c, prevs[c], label='%s（%s）上年决算' % (it[1], c))
        for c in order:
            for kc, (knm, its) in tree[c][1].items():
                for s in ('b', 'p', 't', '0'):
                    d.set('fn%s_%s' % (kc, s), sum(d.v['fn%s_%s' % (it[0], s)] for it in its), label='%s（%s）' % (knm, kc))
            for s in ('b', 'p', 't', '0'):
                d.set('fn%s_%s' % (c, s), sum(d.v['fn%s_%s' % (kc, s)] for kc in tree[c][1]), label='%s（%s）' % (tree[c][0], c))
        for c in list(d.v):
            if c.startswith('fn') and c.endswith('_t'):
                d.set(c[:-2] + '_sh', rate_of(d.v[c], E), '%', label=d.label[c] + '占本年支出比重')
        assert sum(d.v['fn%s_0' % c] for c in order) == d.v['E0']
        # 三公
        cg = D(0) if r.random() < 0.7 else money(r, 2, 9)
        cg0 = D(0) if (cg == 0 and r.random() < 0.7) else money(r, 2, 9)
        buy = D(0) if r.random() < 0.65 else money(r, 14, 26)
        buy0 = D(0) if r.random() < 0.6 else money(r, 12, 25)
        run = money(r, 2.5, 28) if E > 1500 else money(r, 1.2, 5)
        run0 = q(run * frac(r, 0.9, 1.35), 2)
        rec = money(r, 0.8, 12) if E > 1500 else money(r, 0.3, 2.5)
        rec0 = q(rec * frac(r, 1.02, 1.5), 2)
        sg = dict(cg=(cg, cg0), buy=(buy, buy0), run=(run, run0), rec=(rec, rec0))
        labs = dict(cg='因公出国（境）费', buy='公务用车购置费', run='公务用车运行维护费', rec='公务接待费', car='公务用车购置及运行维护费', tot='“三公”经费')
        for k, (c, p) in sg.items():
            bud = c + (money(r, 0.2, 3) if r.random() < 0.7 else D(0)) if c > 0 else (money(r, 3, 6) if r.random() < 0.2 else D(0))
            d.set('sg_%s_bud' % k, bud, label=labs[k] + '预算数'); d.set('sg_%s_cur' % k, c, label=labs[k] + '决算数')
            d.set('sg_%s_prev' % k, p, label=labs[k] + '上年决算数')
        for s in ('bud', 'cur', 'prev'):
            d.set('sg_car_%s' % s, d.v['sg_buy_%s' % s] + d.v['sg_run_%s' % s], label=labs['car'] + {'bud': '预算数', 'cur': '决算数', 'prev': '上年决算数'}[s])
            d.set('sg_tot_%s' % s, d.v['sg_cg_%s' % s] + d.v['sg_car_%s' % s] + d.v['sg_rec_%s' % s], label=labs['tot'] + {'bud': '预算数', 'cur': '决算数', 'prev': '上年决算数'}[s])
        for k in ('cg', 'buy', 'run', 'rec', 'car', 'tot'):
            c, p, b = d.v['sg_%s_cur' % k], d.v['sg_%s_prev' % k], d.v['sg_%s_bud' % k]
            d.set('sg_%s_chg' % k, c - p, label=labs[k] + '比上年增减额')
            d.set('sg_%s_save' % k, b - c, label=labs[k] + '决算比预算节约')
            if p != 0:
                d.set('sg_%s_rate' % k, rate_of(c - p, p), '%', label=labs[k] + '比上年增减率', dp=2)
        x = rate_of(rec - rec0, rec0)
        self.rec_dp = 1 if q(q(x, 2), 1) == q(x, 1) else 2
        d.set('sg_tot_sh', rate_of(d.v['sg_tot_cur'], Pu), '%', label='“三公”经费占公用经费比重', dp=2)
        self.sg_labs = labs
        # outputs
        self.outs = []
        for j, (desc, mw, (a, b)) in enumerate(U['out']):
            t = r.randint(a, b)
            t = int(round(t, -1)) if t > 200 else t
            act = t + r.randint(-max(1, t // 12), max(1, t // 6))
            if act <= 0:
                act = t
            d.set('out%d_t' % j, t, mw, label=desc + '计划数'); d.set('out%d_a' % j, act, mw, label=desc + '实际完成数')
            d.set('out%d_r' % j, rate_of(act, t), '%', label=desc + '完成率', dp=r.choice([1, 2]))
            self.outs.append((desc, mw))
        # satisfaction
        n = r.randint(180, 620); k = n - r.randint(3, n // 12)
        d.set('sat_n', n, '份', label='有效问卷数'); d.set('sat_k', k, '份', label='满意问卷数')
        d.set('sat_r', rate_of(k, n), '%', label='满意度', dp=r.choice([1, 2]))
        # procurement
        gb = q(E * frac(r, 0.03, 0.12), 2)
        ga = q(gb * frac(r, 0.9, 0.99), 2)
        g3 = split(r, ga, 3)
        d.set('gp_b', gb, label='政府采购预算'); d.set('gp_a', ga, label='政府采购实际金额')
        for k, v, lab in zip(('gp_g', 'gp_w', 'gp_s'), g3, ('货物类采购', '工程类采购', '服务类采购')):
            d.set(k, v, label=lab)
        d.set('gp_save', gb - ga, label='政府采购节约资金'); d.set('gp_rate', rate_of(gb - ga, gb), '%', label='政府采购节约率', dp=2)
        # scores
        if r.random() < 0.5:
            fw = [('决策', 15), ('过程', 25), ('产出', 30), ('效益', 30)]
        else:
            fw = [('运行成本', 15), ('管理效率', 25), ('履职效能', 30), ('社会效应', 15), ('可持续发展能力', 5), ('服务对象满意度', 10)]
        self.fw = fw
        tot = D(0)
        for j, (nm, w) in enumerate(fw):
            s = D(w) - (D(r.randint(0, 14)) / 10 if r.random() < 0.7 else D(0))
            s = max(s, D(w) * D('0.7'))
            s = q(s, 1)
            d.set('sc%d_w' % j, w, '分', label=nm + '分值'); d.set('sc%d_s' % j, s, '分', label=nm + '得分', dp=1)
            tot += s
        d.set('sc_w', 100, '分', label='分值合计'); d.set('sc_tot', tot, '分', label='自评总得分', dp=1)

    # ------------------------------------------------------------ writing
    def write(self):
        r, d = self.rng, self.d
        self.tables = r.sample(['szb', 'fn', 'sg', 'pj', 'st', 'sc'], r.randint(2, self.max_tables))
        if 'sg' not in self.tables and 'pj' not in self.tables:
            self.tables[0] = r.choice(['sg', 'pj'])
        self.opts['szb'] = r.choice(['four', 'yoy'])
        self.opts['fn'] = r.choice(['full', 'plain', 'two', 'share'])
        self.opts['sg'] = r.choice(['A', 'A', 'B'])
        self.opts['pj'] = r.choice(['bal', 'rate', 'both'])
        self.opts['st'] = r.choice(['rate', 'ret'])
        self.unitline = r.random() < 0.7
        self.numbered = r.random() < 0.5
        yr = '2023年度'
        title = r.choice(['%s%s部门整体支出绩效自评报告', '%s%s整体支出绩效自评报告', '%s%s部门整体支出绩效评价报告（自评）'])
        d.h(1, title % (yr, self.name))
        self.preamble()
        n = 0
        sec = ['基本情况', '收支', '绩效', '问题', '措施', '结论']
        for s in sec:
            getattr(self, 'sec_' + s)(CN_NUM[n])
            n += 1
        while d.lines and d.lines[-1] == ('raw', ''):
            d.lines.pop()
        return d.finalize()

    def preamble(self):
        r, d = self.rng, self.d
        docno = '%s财绩〔2024〕%d号' % (self.abbr, r.randint(2, 19))
        prov = '湘财绩〔2023〕%d号' % r.randint(3, 15)
        dd = r.randint(8, 28)
        d.para('根据《关于开展2023年度预算绩效自评工作的通知》（%s）和《部门整体支出绩效评价操作指引》（%s）要求，%s于2024年3月%d日成立自评工作小组，对2023年度部门整体支出情况开展了绩效自评，现将有关情况报告如下。' % (docno, prov, self.me, dd),
               trap='日期与文号（%s、%s、2024年3月%d日）不是待核对数字' % (docno, prov, dd))

    # 1 -----------------------------------------------------------
    def sec_基本情况(self, cn):
        r, d, U = self.rng, self.d, self.U
        d.h(2, '%s、%s' % (cn, r.choice(['部门（单位）基本情况', '部门基本情况', '单位基本情况'])))
        d.h(3, '（一）主要职能')
        d.para('%s主要职责是：%s。' % (self.name, U['duty']))
        d.para('2023年，%s围绕年度重点工作任务，%s，各项工作有序推进。' % (self.me, r.choice([
            '坚持以人民为中心的发展思想，聚焦主责主业，统筹推进重点项目建设和民生实事落地',
            '认真落实上级决策部署，严格执行预算管理制度，着力提升财政资金使用效益',
            '紧扣年度目标任务，强化预算约束和绩效管理，推动各项民生政策落地见效'])))
        d.h(3, '（二）机构设置和人员情况')
        segs = ['%s，' % U['org'], '核定编制', d.F('st_ed'), '名']
        if len(self.staff_rows) > 1:
            segs.append('，其中')
            parts = []
            for j, (lab, c) in enumerate(self.staff_rows):
                f = d.F('st_ed_' + c)
                parts.append(f)
                segs += [('、' if j else '') + lab, f, '名']
            d.sum('sum_staff_prose', '编制数=各类编制之和（正文）', segs[2], parts)
        fa = d.F('st_act'); fr = d.F('st_rate')
        segs += ['；年末实有在职人员', fa, '人，人员控制率为', fr, '%']
        d.ratio('ratio_ctrl', '人员控制率=在职人数/编制数', fr, fa, segs[2])
        if r.random() < 0.6:
            f0 = d.F('st_act0'); fc = d.F('st_chg')
            segs += ['，较上年末的', f0, '人%s' % inc_word(d.sgn('st_chg')), fc, '人']
            d.lin('lin_staff', '在职人数增减=本年末−上年末', fc, [(fa, 1), (f0, -1)])
        segs += ['；另有退休人员', d.F('st_ret'), '人。']
        d.para(*segs)
        if 'st' in self.tables:
            self.t_staff()

    # 2 -----------------------------------------------------------
    def sec_收支(self, cn):
        r, d = self.rng, self.d
        d.h(2, '%s、%s' % (cn, r.choice(['部门整体支出情况', '预算收支及执行情况', '一般公共预算支出情况'])))
        d.h(3, '（一）收入情况')
        segs = ['2023年度本年收入合计']
        fi = d.F('I'); segs += [fi, '万元']
        yuan = r.random() < 0.35
        if yuan:
            segs += ['（', d.F('I', unit='元'), '元）']
        parts = []
        segs.append('，其中：一般公共预算财政拨款收入')
        f = d.F('F'); parts.append(f); segs += [f, '万元']
        if r.random() < 0.45:
            d.set('sh_F_I', rate_of(d.v['F'], d.v['I']), '%', label='财政拨款收入占本年收入比重', dp=2)
            sh = d.F('sh_F_I')
            segs += ['，占本年收入的', sh, '%%，其余为%s。' % '、'.join(lab for k, lab in (('G', '政府性基金预算财政拨款收入'), ('S', '事业收入'), ('O', '其他收入')) if d.v[k] > 0)]
            d.ratio('ratio_share', '财政拨款收入占本年收入比重', sh, f, fi)
        else:
            for k, lab in (('G', '政府性基金预算财政拨款收入'), ('S', '事业收入'), ('O', '其他收入')):
                if d.v[k] > 0:
                    f = d.F(k); parts.append(f); segs += ['，%s' % lab, f, '万元']
            segs.append('。')
            d.sum('sum_inc_prose', '本年收入合计=各项收入之和（正文）', fi, parts)
        trap = '同一金额以万元和元两种单位表述' if yuan else None
        if r.random() < 0.5:
            f0 = d.F('I0'); fc = d.F('I_chg'); fr = d.F('I_rate')
            segs += ['与上年的', f0, '万元相比，%s' % inc_word(d.sgn('I_chg')), fc, '万元，%s' % grow_word(d.sgn('I_chg')), fr, '%。']
            d.lin('lin_chg', '收入增减额=本年−上年', fc, [(fi, 1), (f0, -1)])
            d.chg('chg_rate', '收入增减率=(本年−上年)/上年', fr, fi, f0)
        d.para(*segs, trap=trap)
        d.para('此外，上年结转结余', d.F('C0'), '万元。%s' % r.choice(['上年结转资金主要为跨年度实施的项目资金，已按规定用于原项目。', '结转资金均按原用途继续使用，未改变资金用途。']))
        if 'szb' in self.tables:
            self.t_szb()
        d.h(3, '（二）预算执行情况')
        y0, adj, t = d.F('Y0'), d.F('ADJ'), d.F('T')
        adjw = '追加' if not d.sgn('ADJ') else '调减'
        d.para('2023年年初预算', y0, '万元，年中因政策性增支和上级专项下达等因素%s预算' % adjw, adj, '万元，调整后全年预算数为', t, '万元。')
        d.lin('lin_adj', '年初预算±调整数=全年预算数', t, [(y0, 1), (adj, 1)])
        e, ex, c1 = d.F('E'), d.F('exec'), d.F('C1')
        segs = ['全年实际支出', e, '万元']
        segs += ['，预算执行率', ex, '%，年末结转结余', c1, '万元。']
        d.ratio('ratio_exec', '预算执行率=实际支出/全年预算数', ex, e, 'T')
        d.lin('lin_bal', '年末结转结余=全年预算数−实际支出', c1, ['T', 1][0:1] and [('T', 1), (e, -1)])
        d.para(*segs)
        if d.v['E'] >= 8000 or (d.v['E'] >= 3000 and r.random() < 0.3):
            d.para('从支出规模看，%s全年支出' % self.me, d.F('E', unit='亿元'), '亿元，其中项目支出', d.F('P', unit='亿元'), '亿元，%s' % r.choice(
                ['重点领域保障力度持续加大。', '支出结构与部门职能基本匹配。']), trap='同一金额以亿元表述（四舍五入到两位小数，与万元数一致）')
        if r.random() < 0.7:
            e0 = d.F('exec0'); pp = d.F('exec_pp')
            d.para('2022年度%s预算执行率为' % self.me, e0, '%%，本年%s' % ('提高' if not d.sgn('exec_pp') else '下降'), pp,
                   '个百分点，%s' % r.choice(['执行进度总体较为均衡。', '主要得益于预算执行进度月通报制度的落实。', '但第四季度支出占比仍然偏高。']),
                   trap='上年执行率与本年执行率并列（上年数不参与本年执行率核对）')
            d.lin('lin_pp', '执行率变动百分点=本年执行率−上年执行率', pp, [('exec', 1), (e0, -1)])
        d.h(3, '（三）基本支出和项目支出情况')
        e2, b, p = d.F('E'), d.F('B'), d.F('P')
        segs = ['本年支出合计', e2, '万元，其中基本支出', b, '万元，项目支出', p, '万元']
        d.sum('sum_exp_prose', '本年支出=基本支出+项目支出（正文）', e2, [b, p])
        if r.random() < 0.5:
            sh = d.F('sh_P_E'); segs += ['，项目支出占本年支出的', sh, '%']
            d.ratio('ratio_share', '项目支出占比=项目支出/本年支出', sh, p, e2)
        else:
            sh = d.F('sh_B_E'); segs += ['，基本支出占本年支出的', sh, '%']
            d.ratio('ratio_share', '基本支出占比=基本支出/本年支出', sh, b, e2)
        segs.append('。')
        trap = None
        if r.random() < 0.6:
            e0 = d.F('E0'); ec = d.F('E_chg'); er = d.F('E_rate')
            segs += ['本年支出比上年', e0, '万元%s' % inc_word(d.sgn('E_chg')), ec, '万元，%s' % grow_word(d.sgn('E_chg')), er, '%%，主要原因是%s。' % r.choice(
                ['重点项目投入增加', '上级专项资金下达规模变化', '人员工资标准调整及项目结构变化', '部分一次性项目完成后不再安排'])]
            d.lin('lin_chg', '支出增减额=本年−上年', ec, [(e2, 1), (e0, -1)])
            d.chg('chg_rate', '支出增减率=(本年−上年)/上年', er, e2, e0)
            trap = '上年支出数与本年支出数并列'
        d.para(*segs, trap=trap)
        b2, pe, pu, sh3 = d.F('B'), d.F('Pe'), d.F('Pu'), d.F('sh_Pe_B')
        segs = ['基本支出', b2, '万元中，人员经费', pe, '万元，占基本支出的', sh3, '%%，主要用于%s；公用经费' % r.choice(
            ['基本工资、津贴补贴、社会保障缴费和住房公积金等', '在职人员工资福利和离退休人员费用', '人员工资、绩效奖励及各项社会保险缴费']), pu,
            '万元，主要用于办公费、水电费、差旅费、维修（护）费等日常运转支出。']
        d.sum('sum_basic', '基本支出=人员经费+公用经费', b2, [pe, pu])
        d.ratio('ratio_share', '人员经费占基本支出比重', sh3, pe, b2)
        tr = '占比基数不同（占基本支出、占本年支出）'
        if r.random() < 0.5:
            segs += ['公用经费', d.F('Pu', unit='元'), '元（即', d.F('Pu'), '万元）执行情况较好。']
            tr = [tr, '公用经费同时以元和万元表述']
        d.para(*segs, trap=tr)
        # project list, partial
        n = len(self.projects)
        cnt = d.F('pj_n')
        top = sorted(range(n), key=lambda i: -d.v['pj%d_a' % i])[:3]
        segs = ['全年共实施项目', cnt, '个，项目支出主要包括：']
        for j, i in enumerate(top):
            segs += [('、' if j else '') + self.projects[i], d.F('pj%d_a' % i), '万元']
        amts = [d.v['pj%d_a' % i] for i in range(n)]
        lo_ = int(min(amts) // 10 * 10); hi_ = int((max(amts) // 100 + 1) * 100)
        segs += ['等。', r.choice(['单个项目支出规模在', '各项目支出规模在']), '%d~%d万元之间。' % (lo_, hi_)]
        d.count('count_proj', '项目个数=项目明细表所列项目数', cnt, ['pj%d_a' % i for i in range(n)])
        d.para(*segs, trap=['“主要包括”所列三项为部分列举，合计不等于项目支出总额', '区间“~”不是待核对数字'])
        if 'pj' in self.tables:
            self.t_proj()
        if 'fn' in self.tables:
            self.t_fn()
        self.sanggong()

    def sanggong(self):
        r, d = self.rng, self.d
        d.h(3, '（四）“三公”经费支出情况')
        tb, tc, tp = d.F('sg_tot_bud'), d.F('sg_tot_cur'), d.F('sg_tot_prev')
        sv = d.F('sg_tot_save')
        segs = ['2023年“三公”经费年初预算', tb, '万元，实际支出', tc, '万元，比预算%s' % ('节约' if not d.sgn('sg_tot_save') else '超支'), sv, '万元']
        d.lin('lin_sg_prose', '“三公”经费节约额=预算−决算', sv, [(tb, 1), (tc, -1)])
        if d.v['sg_tot_prev'] != 0:
            ch, rt = d.F('sg_tot_chg'), d.F('sg_tot_rate')
            segs += ['；与上年决算', tp, '万元相比，%s' % inc_word(d.sgn('sg_tot_chg')), ch, '万元，%s' % grow_word(d.sgn('sg_tot_chg')), rt, '%']
            d.lin('lin_chg', '“三公”经费增减额=本年−上年', ch, [(tc, 1), (tp, -1)])
            d.chg('chg_rate', '“三公”经费增减率=(本年−上年)/上年', rt, tc, tp)
        segs.append('。')
        d.para(*segs)
        c1, car, rec = d.F('sg_cg_cur'), d.F('sg_car_cur'), d.F('sg_rec_cur')
        segs = ['其中：因公出国（境）费', c1, '万元%s；公务用车购置及运行维护费' % ('，全年未安排因公出国（境）任务' if d.v['sg_cg_cur'] == 0 else ''), car, '万元']
        d.sum('sum_sg_prose', '“三公”经费=出国费+公务用车费+公务接待费（正文）', 'sg_tot_cur', [c1, car, rec]) if False else None
        if r.random() < 0.6:
            by, rn = d.F('sg_buy_cur'), d.F('sg_run_cur')
            segs += ['（购置费', by, '万元，运行维护费', rn, '万元）']
            d.sum('sum_sg_prose', '公务用车购置及运行维护费=购置费+运行维护费（正文）', car, [by, rn])
        segs += ['；公务接待费', rec, '万元']
        trap = []
        if r.random() < 0.5:
            segs += ['（', d.F('sg_rec_cur', unit='元'), '元）']
            trap.append('公务接待费以万元、元两种单位表述')
        rr = d.F('sg_rec_rate', dp=self.rec_dp)
        segs += ['，%s' % grow_word(d.sgn('sg_rec_rate'), True), rr, '%%，全年接待%d批次%d人次。' % (r.randint(12, 90), r.randint(80, 600))]
        d.chg('chg_rate', '公务接待费同比增减率', rr, rec, 'sg_rec_prev')
        trap.append('同比增减率保留一位小数，与其他两位小数比率并存')
        d.para(*segs, trap=trap)
        d.sum('sum_sg_prose', '“三公”经费=出国费+公务用车费+公务接待费（正文）', tc, [c1, car, rec])
        if r.random() < 0.5:
            sh = d.F('sg_tot_sh')
            d.para('“三公”经费占公用经费的', sh, '%%，%s' % r.choice(['严格控制在年初预算以内。', '较好落实了过紧日子要求。']),
                   trap='占比基数为公用经费')
            d.ratio('ratio_share', '“三公”经费占公用经费比重', sh, 'sg_tot_cur', 'Pu')
        if 'sg' in self.tables:
            self.t_sg()

    # 3 -----------------------------------------------------------
    def sec_绩效(self, cn):
        r, d = self.rng, self.d
        d.h(2, '%s、%s' % (cn, r.choice(['部门整体支出绩效情况', '预算支出绩效情况', '绩效目标完成情况'])))
        d.h(3, '（一）产出情况')
        for j, (desc, mw) in enumerate(self.outs):
            t, a, rt = d.F('out%d_t' % j), d.F('out%d_a' % j), d.F('out%d_r' % j)
            tail = '，超额完成年度目标。' if d.v['out%d_a' % j] > d.v['out%d_t' % j] else '，全面完成年度目标。' if d.v['out%d_a' % j] == d.v['out%d_t' % j] else '，%s。' % r.choice(['主要受项目审批进度影响未能全部完成', '差额部分已纳入下年度计划'])
            d.para('%d.%s：年度计划' % (j + 1, desc), t, mw + '，实际完成', a, mw + '，完成率', rt, '%' + tail)
            d.ratio('ratio_comp', '%s完成率=实际/计划' % desc, rt, a, t)
        d.h(3, '（二）效益情况')
        d.para('%s。全年各项民生支出惠及群众近%d万人次，带动社会投入约%s亿元，重点工作完成率超过%d%%，%s' % (self.U['eff'], r.randint(2, 30), r.choice(['0.8', '1.2', '1.5', '2.3', '3']), r.choice([90, 95]),
               r.choice(['社会效益较为明显。', '较好发挥了财政资金的保障作用。'])),
               trap='“近…万人次”“约…亿元”“超过…%”“…以上”为约数，不是待核对数字')
        # procurement
        gb, ga, g1, g2, g3 = d.F('gp_b'), d.F('gp_a'), d.F('gp_g'), d.F('gp_w'), d.F('gp_s')
        sv, sr = d.F('gp_save'), d.F('gp_rate')
        d.para('政府采购方面，全年政府采购预算', gb, '万元，实际采购金额', ga, '万元，其中货物类', g1, '万元、工程类', g2, '万元、服务类', g3,
               '万元；节约资金', sv, '万元，节约率', sr, '%%。对单项%d~%d万元的采购事项实行三家以上询价比价。' % (r.choice([3, 5]), r.choice([10, 20])),
               trap='区间“~”为制度门槛，不是待核对数字')
        d.sum('lin_gp', '政府采购实际金额=货物+工程+服务', ga, [g1, g2, g3])
        d.lin('lin_gp', '政府采购节约资金=预算−实际', sv, [(gb, 1), (ga, -1)])
        d.ratio('ratio_gp', '政府采购节约率=节约资金/采购预算', sr, sv, gb)
        d.h(3, '（三）满意度情况')
        n, k, s = d.F('sat_n'), d.F('sat_k'), d.F('sat_r')
        d.para('%s通过线上问卷和实地走访开展服务对象满意度调查，收回有效问卷' % self.me, n, '份，其中表示满意或基本满意的', k, '份，综合满意度为', s,
               '%%，较上年的%s%%%s。' % (fmt(q(d.v['sat_r'], d.dp['sat_r']) - frac(r, 0.2, 2.5), d.dp['sat_r'], False), '有所提高'),
               trap='上年满意度与本年满意度并列')
        d.ratio('ratio_sat', '满意度=满意问卷数/有效问卷数', s, k, n)

    # 4 -----------------------------------------------------------
    def sec_问题(self, cn):
        r, d = self.rng, self.d
        d.h(2, '%s、存在的问题及原因分析' % cn)
        self.probs = r.sample(PROBLEMS, 3)
        for j, (a, b, _, _) in enumerate(self.probs):
            d.para('（%s）%s%s' % (CN_NUM[j], a, b))

    def sec_措施(self, cn):
        r, d = self.rng, self.d
        d.h(2, '%s、%s' % (cn, r.choice(['下一步改进措施', '改进措施及有关建议'])))
        for j, (_, _, a, b) in enumerate(self.probs):
            d.para('（%s）%s%s' % (CN_NUM[j], a, b))

    def sec_结论(self, cn):
        r, d = self.rng, self.d
        d.h(2, '%s、自评结论及结果应用' % cn)
        d.set('sh_Y0_T', rate_of(d.v['Y0'], d.v['T']), '%', label='年初预算占全年预算比重', dp=2)
        y0, t, sh = d.F('Y0'), d.F('T'), d.F('sh_Y0_T')
        d.para('从预算编制看，年初预算', y0, '万元为全年预算', t, '万元的', sh, '%%，%s' % r.choice(
            ['年初预算到位程度有待进一步提高。', '年中调整幅度总体可控。']), trap='年初预算与全年预算并列出现（不同口径），占比基数为全年预算')
        d.ratio('ratio_share', '年初预算占全年预算比重', sh, y0, t)
        st = d.F('sc_tot')
        grade = '优' if d.v['sc_tot'] >= 90 else ('良' if d.v['sc_tot'] >= 80 else '中')
        d.para('经自评，%s2023年度部门整体支出绩效自评得分' % self.me, st, '分，等级为“%s”。自评报告将于2024年4月30日前在%s门户网站公开。' % (grade, self.me.lstrip('我本') if False else '单位'),
               trap='日期“2024年4月30日”')
        if 'sc' in self.tables:
            self.t_score()

    # ------------------------------------------------------------ tables
    def cap(self, n, text):
        return '表%d：%s' % (n, text) if self.numbered else text

    def tcap(self, text):
        self.tn = getattr(self, 'tn', 0) + 1
        return self.cap(self.tn, text)

    def ul(self):
        return '单位：万元' if self.unitline else None

    def t_staff(self):
        d = self.d
        ret = self.opts['st'] == 'ret'
        hdr = ['类别', '编制数（人）', '实有在职人数（人）', '人员控制率（%）'] + (['退休人数（人）'] if ret else [])
        rows, fe, fa, fr, ft = [], [], [], [], []
        for lab, c in self.staff_rows:
            e, a, x = d.T('st_ed_' + c), d.T('st_act_' + c), d.T('st_rate_' + c)
            row = [lab, e, a, x]
            if ret:
                t = d.T('st_ret_' + c); row.append(t); ft.append(t)
            rows.append(row); fe.append(e); fa.append(a)
            d.ratio('ratio_staff', '%s人员控制率=实有/编制（人员情况表）' % lab, x, a, e)
        E, A, X = d.T('st_ed'), d.T('st_act'), d.T('st_rate', dp=2)
        row = ['合计', E, A, X]
        if ret:
            T = d.T('st_ret'); row.append(T)
            d.sum('sum_staff', '退休人数合计=各类之和（人员情况表）', T, ft)
        rows.append(row)
        d.sum('sum_staff', '编制数合计=各类之和（人员情况表）', E, fe)
        d.sum('sum_staff', '在职人数合计=各类之和（人员情况表）', A, fa)
        d.ratio('ratio_staff', '合计人员控制率=实有/编制（人员情况表）', X, A, E)
        d.table(self.tcap('人员情况表'), None, hdr, rows)

    def t_szb(self):
        d = self.d
        if self.opts['szb'] == 'four':
            L = [('一般公共预算财政拨款收入', 'F')] + [(lab, k) for lab, k in (('政府性基金预算财政拨款收入', 'G'), ('事业收入', 'S'), ('其他收入', 'O')) if d.v[k] > 0]
            R = [('基本支出', 'B'), ('项目支出', 'P')]
            rows = []
            lf, rf = [], []
            for i in range(max(len(L), len(R))):
                row = []
                for side, acc in ((L, lf), (R, rf)):
                    if i < len(side):
                        f = d.T(side[i][1]); acc.append(f); row += [side[i][0], f]
                    else:
                        row += ['', '']
                rows.append(row)
            fi, fe = d.T('I'), d.T('E'); rows.append(['本年收入合计', fi, '本年支出合计', fe])
            c0, c1 = d.T('C0'), d.T('C1'); rows.append(['上年结转结余', c0, '年末结转结余', c1])
            tl, tr = d.T('totL'), d.T('totR'); rows.append(['收入总计', tl, '支出总计', tr])
            d.sum('sum_inc', '本年收入合计=各项收入之和（收支总表）', fi, lf)
            d.sum('sum_exp', '本年支出合计=基本支出+项目支出（收支总表）', fe, rf)
            d.sum('sum_tot', '收入总计=本年收入合计+上年结转结余', tl, [fi, c0])
            d.sum('sum_tot', '支出总计=本年支出合计+年末结转结余', tr, [fe, c1])
            d.lin('sum_tot', '收入总计=支出总计', tl, [(tr, 1)])
            d.table(self.tcap('2023年度收支决算总表'), self.ul(), ['收入项目', '决算数', '支出项目', '决算数'], rows,
                    align=['---', '---:', '---', '---:'])
            return
        # year-on-year variant
        spec = [('一、本年收入合计', 'I', None), ('　　一般公共预算财政拨款收入', 'F', 'I')]
        for lab, k in (('　　政府性基金预算财政拨款收入', 'G'), ('　　事业收入', 'S'), ('　　其他收入', 'O')):
            if d.v[k] > 0 and d.v[k + '0'] > 0:
                spec.append((lab, k, 'I'))
        spec += [('二、本年支出合计', 'E', None), ('　　基本支出', 'B', 'E'), ('　　　　其中：人员经费', 'Pe', 'B'), ('　　　　　　　公用经费', 'Pu', 'B'), ('　　项目支出', 'P', 'E')]
        rows, cells = [], {}
        for lab, k, par in spec:
            c, p, ch = d.T(k), d.T(k + '0'), d.T(k + '_chg')
            rt = d.T(k + '_rate')
            cells[k] = (c, p, ch)
            rows.append([lab, c, p, ch, rt])
            d.lin('lin_tbl', '%s增减额=本年−上年（收支对比表）' % d.label[k], ch, [(c, 1), (p, -1)])
            d.chg('chg_tbl', '%s增减率（收支对比表）' % d.label[k], rt, c, p)
        for tot in ('I', 'E', 'B'):
            kids = [k for _, k, par in spec if par == tot]
            for col, nm in ((0, '2023年'), (1, '2022年'), (2, '增减额')):
                d.sum('sum_inc' if tot == 'I' else 'sum_exp', '%s=各分项之和（收支对比表%s列）' % (d.label[tot], nm), cells[tot][col], [cells[k][col] for k in kids])
        d.table(self.tcap('2023年度收支决算与上年对比表'), self.ul(), ['项目', '2023年决算数', '2022年决算数', '增减额', '增减率（%）'], rows,
                align=['---', '---:', '---:', '---:', '---:'])

    def t_fn(self):
        d = self.d
        v = self.opts['fn']
        cols = {'full': ['t', 'b', 'p'], 'plain': ['t'], 'two': ['t', '0'], 'share': ['t', 'sh']}[v]
        hdrs = {'t': '决算数' if v != 'full' else '合计', 'b': '基本支出', 'p': '项目支出', '0': '2022年决算数', 'sh': '占本年支出比重（%）'}
        if v == 'two':
            hdrs['t'] = '2023年决算数'
        rows = []
        cell = {}

        def mk(code, name):
            row = [code, name]
            cell[code] = {}
            for c in cols:
                key = 'fn%s_%s' % (code, c) if code != 'tot' else {'t': 'E', 'b': 'B', 'p': 'P', '0': 'E0', 'sh': None}[c]
                if key is None:
                    row.append('100.00'); continue
                if c in 'bp' and d.v[key] == 0:
                    row.append(''); continue
                f = d.T(key); cell[code][c] = f; row.append(f)
            rows.append(row)
        mk('tot', '合计')
        rows[-1][0] = ''
        for c in self.fn_order:
            mk(c, self.fn_tree[c][0])
            for kc, (knm, its) in self.fn_tree[c][1].items():
                mk(kc, '　' + knm)
                for it in its:
                    mk(it[0], '　　' + it[1])
        for c in ('t', 'b', 'p', '0'):
            if c not in cols:
                continue
            nm = hdrs[c]

            def S(parent, kids, lab):
                if c not in cell[parent]:
                    return
                parts = [cell[k][c] for k in kids if c in cell[k]]
                d.sum('sum_fn', '%s=下级科目之和（支出决算明细表%s列）' % (lab, nm), cell[parent][c], parts)
            S('tot', self.fn_order, '合计')
            for cc in self.fn_order:
                S(cc, list(self.fn_tree[cc][1]), '%s（%s）' % (self.fn_tree[cc][0], cc))
                for kc, (knm, its) in self.fn_tree[cc][1].items():
                    S(kc, [it[0] for it in its], '%s（%s）' % (knm, kc))
        if v == 'full':
            for code, cs in cell.items():
                parts = [cs[c] for c in ('b', 'p') if c in cs]
                d.sum('sum_fn_row', '%s：合计=基本支出+项目支出（支出决算明细表）' % ('合计' if code == 'tot' else code), cs['t'], parts)
        if v == 'share':
            for code, cs in cell.items():
                if 'sh' in cs:
                    d.ratio('ratio_fnshare', '%s占本年支出比重（支出决算明细表）' % code, cs['sh'], cs['t'], cell['tot']['t'])
        d.table(self.tcap('2023年度支出决算明细表（按功能分类科目）'), self.ul(), ['科目编码', '科目名称'] + [hdrs[c] for c in cols], rows,
                align=['---', '---'] + ['---:'] * len(cols))

    def t_sg(self):
        d = self.d
        items = [('tot', '合计'), ('cg', '1.因公出国（境）费'), ('car', '2.公务用车购置及运行维护费'), ('buy', '　其中：公务用车购置费'), ('run', '　　　　公务用车运行维护费'), ('rec', '3.公务接待费')]
        if self.rng.random() < 0.4:
            items = items[1:] + [items[0]]
        if self.opts['sg'] == 'A':
            cols = [('bud', '2023年预算数'), ('cur', '2023年决算数'), ('prev', '2022年决算数'), ('chg', '增减额'), ('rate', '增减率（%）')]
        else:
            cols = [('prev', '上年决算数'), ('bud', '本年预算数'), ('cur', '本年决算数'), ('save', '决算比预算节约')]
        cell = {}
        rows = []
        for k, lab in items:
            row = [lab]
            cell[k] = {}
            for c, _ in cols:
                key = 'sg_%s_%s' % (k, c)
                if key not in d.v:
                    row.append('—'); continue
                f = d.T(key); cell[k][c] = f; row.append(f)
            rows.append(row)
        for c, nm in cols:
            if c == 'rate':
                continue
            d.sum('sum_sg', '“三公”经费合计=出国+用车+接待（三公经费表%s列）' % nm, cell['tot'][c], [cell[k][c] for k in ('cg', 'car', 'rec')])
            d.sum('sum_sg', '公务用车购置及运行维护费=购置+运行维护（三公经费表%s列）' % nm, cell['car'][c], [cell[k][c] for k in ('buy', 'run')])
        for k, lab in items:
            cs = cell[k]
            if 'chg' in cs:
                d.lin('lin_sg', '%s增减额=本年决算−上年决算（三公经费表）' % self.sg_labs[k], cs['chg'], [(cs['cur'], 1), (cs['prev'], -1)])
            if 'rate' in cs:
                d.chg('chg_sg', '%s增减率（三公经费表）' % self.sg_labs[k], cs['rate'], cs['cur'], cs['prev'])
            if 'save' in cs:
                d.lin('lin_sg', '%s节约额=预算−决算（三公经费表）' % self.sg_labs[k], cs['save'], [(cs['bud'], 1), (cs['cur'], -1)])
        d.table(self.tcap('2023年度“三公”经费支出情况表'), self.ul(), ['项目'] + [nm for _, nm in cols], rows)

    def t_proj(self):
        d = self.d
        v = self.opts['pj']
        cols = [('b', '全年预算数'), ('a', '执行数')] + ([('bal', '结余')] if v in ('bal', 'both') else []) + ([('r', '执行率（%）')] if v in ('rate', 'both') else [])
        rows, cell = [], []
        for i, nm in enumerate(self.projects):
            row = [str(i + 1), nm]
            cs = {}
            for c, _ in cols:
                f = d.T('pj%d_%s' % (i, c)); cs[c] = f; row.append(f)
            rows.append(row); cell.append(cs)
            if 'bal' in cs:
                d.lin('lin_proj_bal', '%s结余=预算−执行（项目支出明细表）' % nm, cs['bal'], [(cs['b'], 1), (cs['a'], -1)])
            if 'r' in cs:
                d.ratio('ratio_proj', '%s执行率=执行数/预算数（项目支出明细表）' % nm, cs['r'], cs['a'], cs['b'])
        tot = {'b': d.T('PB'), 'a': d.T('P')}
        if v in ('bal', 'both'):
            tot['bal'] = d.T('P_bal')
        if v in ('rate', 'both'):
            tot['r'] = d.T('P_r')
        rows.append(['', '合计'] + [tot[c] for c, _ in cols])
        for c, nm in cols:
            if c == 'r':
                d.ratio('ratio_proj', '项目支出合计执行率（项目支出明细表）', tot['r'], tot['a'], tot['b'])
            else:
                d.sum('sum_proj', '项目%s合计=各项目之和（项目支出明细表）' % nm, tot[c], [cs[c] for cs in cell])
        if 'bal' in tot:
            d.lin('lin_proj_bal', '结余合计=预算合计−执行合计（项目支出明细表）', tot['bal'], [(tot['b'], 1), (tot['a'], -1)])
        d.table(self.tcap('2023年度项目支出明细表'), self.ul(), ['序号', '项目名称'] + [nm for _, nm in cols], rows,
                align=['---', '---'] + ['---:'] * len(cols))

    def t_score(self):
        d = self.d
        rows, ws, ss = [], [], []
        for j, (nm, w) in enumerate(self.fw):
            a, b = d.T('sc%d_w' % j), d.T('sc%d_s' % j)
            rows.append([nm, a, b]); ws.append(a); ss.append(b)
        W, S = d.T('sc_w'), d.T('sc_tot')
        rows.append(['合计', W, S])
        d.sum('sum_score', '分值合计=各指标分值之和（自评得分表）', W, ws)
        d.sum('sum_score', '总得分=各指标得分之和（自评得分表）', S, ss)
        d.table(self.tcap('部门整体支出绩效自评得分表'), None, ['一级指标', '分值', '得分'], rows, align=['---', '---:', '---:'])


# ---------------------------------------------------------------- mutation
PROSE_ORDER = ['eq_table', 'ratio_exec', 'lin_bal', 'ratio_ctrl', 'chg_rate', 'lin_adj', 'lin_chg', 'ratio_share', 'ratio_comp', 'eq_unit',
               'eq_prose', 'lin_pp', 'count_proj', 'ratio_sat', 'lin_staff', 'lin_gp', 'ratio_gp', 'sum_basic', 'sum_sg_prose']
TABLE_ORDER = ['sum_sg', 'chg_sg', 'ratio_staff', 'ratio_proj', 'sum_fn', 'sum_inc', 'chg_tbl', 'ratio_fnshare', 'lin_sg', 'sum_proj', 'sum_tot', 'sum_staff', 'sum_score',
               'chg_tbl', 'ratio_fnshare', 'lin_proj_bal', 'eq_table', 'lin_tbl', 'sum_exp']


def mutate_text(rng, text):
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    first = digits[0]
    cand = [i for i in digits if i != first] or digits
    pos = rng.choice(cand)
    old = text[pos]
    choices = [c for c in '0123456789' if c != old and not (pos == first and c == '0')]
    return text[:pos] + rng.choice(choices) + text[pos + 1:]


def choose_mutation(rep, i, used):
    """pick one figure that sits in exactly one relation; balance relation kinds over the corpus"""
    d, rng = rep.d, random.Random(99 + i)
    where = 'prose' if i % 2 == 0 else 'cell'
    order = PROSE_ORDER if where == 'prose' else TABLE_ORDER
    trap_lines = {ln for ln, _ in d.traps}
    cnt = {}
    for rel in d.out_rels:
        for fid in rel_ids(rel):
            cnt.setdefault(fid, []).append(rel)
    options = {}
    for tag in order:
        cands = [f for f in d.out_figs if f.where == where and len(cnt.get(f.id, [])) == 1 and cnt[f.id][0]['tag'] == tag
                 and f.value != 0 and abs(f.value) != 100 and f.line not in trap_lines]
        rng.shuffle(cands)
        for f in cands:
            old = f.text(f.where == 'cell')
            for _ in range(20):
                new = mutate_text(rng, old)
                fails = d.failing({f.id: new})
                if len(fails) == 1:
                    options[tag] = (f, old, new, fails[0])
                    break
            if tag in options:
                break
    if not options:
        raise RuntimeError('no mutation for file %d' % i)
    if os.environ.get('DEBUG_OPTS'):
        print(i + 1, where, sorted(options), file=sys.stderr)
    tag = min(options, key=lambda t: (used.get(t, 0), order.index(t)))
    used[tag] = used.get(tag, 0) + 1
    return options[tag]


# ---------------------------------------------------------------- main
def main():
    out = OUT
    for sub in ('clean', 'bad', 'spec'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    answers = ['file\tline\told\tnew\trelation']
    summary = []
    used = {}
    for i, U in enumerate(UNITS):
        nn = '%02d' % (i + 1)
        for mt in (4, 3, 2):
            rep = Report(i, U, mt)
            lines = rep.write()
            d = rep.d
            if len(lines) <= 150:
                break
        assert 60 <= len(lines) <= 150, (nn, len(lines))
        fails = d.failing()
        assert not fails, (nn, [r['name'] for r in fails])
        f, old, new, rel = choose_mutation(rep, i, used)
        bad = list(lines)
        ln = bad[f.line - 1]
        if f.where == 'prose':
            m = list(TOKEN.finditer(ln))[f.pos]
            assert m.group() == old
            bad[f.line - 1] = ln[:m.start()] + new + ln[m.end():]
        else:
            cells = ln.strip().strip('|').split('|')
            assert cells[f.pos].strip() == old, (cells[f.pos], old)
            cells[f.pos] = ' %s ' % new
            bad[f.line - 1] = '|' + '|'.join(cells) + '|'
        with open(os.path.join(out, 'clean', nn + '.md'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(lines) + '\n')
        with open(os.path.join(out, 'bad', nn + '.md'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(bad) + '\n')
        spec = dict(file=nn + '.md', unit=rep.name, tables=rep.tables, options={k: rep.opts[k] for k in rep.tables if k in rep.opts},
                    figures=[dict(id=x.id, key=x.key, label=d.label[x.key], line=x.line, where=x.where,
                                  **({'token': x.pos} if x.where == 'prose' else {'col': x.pos}),
                                  unit=x.unit, sign=(-1 if (x.where == 'prose' and x.value < 0) else 1), text=x.text(x.where == 'cell'))
                             for x in d.out_figs],
                    relations=[dict(r, terms=[list(t) for t in r['terms']]) if 'terms' in r else r for r in d.out_rels],
                    traps=[dict(line=ln_, note=t) for ln_, t in d.traps])
        with open(os.path.join(out, 'spec', nn + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
        answers.append('%s.md\t%d\t%s\t%s\t%s' % (nn, f.line, old, new, rel['name']))
        summary.append((nn, rep.name, len(lines), len(d.out_figs), len(d.out_rels), rep.tables, f.where, f.line, old, new, rel['name']))
    with open(os.path.join(out, 'bad', 'ANSWERS.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(answers) + '\n')
    write_readme(out, summary)
    for s in summary:
        print('%s %s lines=%d figs=%d rels=%d tables=%s | %s L%d %s->%s | %s' % s)


TNAME = {'szb': '收支总表', 'fn': '功能分类支出明细表', 'sg': '三公经费表', 'pj': '项目支出明细表', 'st': '人员情况表', 'sc': '自评得分表'}


def write_readme(out, summary):
    L = ['# 预算绩效自评报告核对用盲测语料（tables-d）', '',
         '由 `gen.py` 确定性生成（仅用标准库，decimal 四舍五入 ROUND_HALF_UP），`python3 gen.py` 重新生成，`python3 verify.py` 校验。单位名称、地名均为虚构。', '',
         '## 目录', '',
         '- `clean/NN.md`（01–30）：2023年度部门整体支出绩效自评报告，每篇60–150行、4–6个二级标题、2–4张 GFM 表格；正文与表格中所有关系（合计、差额、比率、增减额/增减率、控制率、完成率、正文=表格、万元=元、万元≈亿元）均精确成立。',
         '- `bad/NN.md`：对应 clean 文件只改动一个数字，恰好破坏一条关系；`bad/ANSWERS.tsv` 列出文件、行号（从1起）、原值、新值、被破坏的关系。',
         '- `spec/NN.json`：每个数字的位置（正文：行号+该行第几个数字 token；表格：行号+列号）、单位、符号（正文“减少/下降”记为 -1），全部关系及干扰项（traps）所在行。',
         '- `verify.py`：按 spec 重新解析 Markdown，检查 clean 全部关系成立、bad 只有一个数字不同且恰好一条关系不成立并与 ANSWERS 一致。', '',
         '## 干扰项（用于统计误报，均在未改动的行上）', '',
         '同一报告中并用万元、元、亿元（1,234.56万元与12,345,600元、折合亿元）；一位与两位小数的比率；“同比增长/下降”；区间（如“3~10万元”）；约数（约、近、超过、以上）；上年数（2022年执行率、上年支出、上年满意度）与本年数并列；年初预算与全年预算并列；“主要包括”的部分列举（合计不等于总数）；日期和文号（如“岚财绩〔2024〕6号”“2024年3月11日”）；不同基数的百分比（占基本支出、占本年支出、占公用经费、占全年预算）。', '',
         '## 各文件', '',
         '| 文件 | 单位 | 行数 | 表格 | 改动位置 | 行 | 原值→新值 | 被破坏的关系 |', '|---|---|---:|---|---|---:|---|---|']
    for nn, name, nl, nf, nr, tabs, where, line, old, new, rel in summary:
        L.append('| %s.md | %s | %d | %s | %s | %d | %s→%s | %s |' % (nn, name, nl, '、'.join(TNAME[t] for t in tabs), '正文' if where == 'prose' else '表格', line, old, new, rel))
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


OUT = os.path.dirname(os.path.abspath(__file__))
if __name__ == '__main__':
    main()
