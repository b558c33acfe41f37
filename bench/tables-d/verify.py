#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-parse clean/NN.md and bad/NN.md with spec/NN.json and check the relations.

clean: every relation holds.  bad: exactly one figure differs from clean, exactly one
relation breaks, and it is the one named in bad/ANSWERS.tsv.  Standard library only."""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r'\d+(?:,\d{3})*(?:\.\d+)?')
CELLNUM = re.compile(r'^-?\d+(?:,\d{3})*(?:\.\d+)?$')
SEP = re.compile(r'^\|(\s*:?-{3,}:?\s*\|)+\s*$')
FACT = {'万元': D(1), '元': D('0.0001'), '亿元': D(10000)}


def q(x, dp):
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def tables(lines):
    """line number (1-based) -> list of cell strings, for every body row of a GFM pipe table"""
    rows, i = {}, 0
    ntab = 0
    while i < len(lines) - 1:
        if lines[i].startswith('|') and SEP.match(lines[i + 1]):
            ntab += 1
            width = len(lines[i].strip().strip('|').split('|'))
            j = i + 2
            while j < len(lines) and lines[j].startswith('|'):
                cells = [c.strip() for c in lines[j].strip().strip('|').split('|')]
                if len(cells) != width:
                    raise ValueError('row width %d != header %d at line %d' % (len(cells), width, j + 1))
                rows[j + 1] = cells
                j += 1
            i = j
        else:
            i += 1
    return rows, ntab


def extract(lines, rows, fig):
    if fig['where'] == 'prose':
        toks = TOKEN.findall(lines[fig['line'] - 1])
        return toks[fig['token']]
    cell = rows[fig['line']][fig['col']]
    if not CELLNUM.match(cell):
        raise ValueError('not a number: %r' % cell)
    return cell


def values(spec, lines):
    rows, ntab = tables(lines)
    val, unit, dp, txt = {}, {}, {}, {}
    for f in spec['figures']:
        t = extract(lines, rows, f)
        v = D(t.replace(',', '').lstrip('-'))
        if t.startswith('-'):
            v = -v
        val[f['id']] = v * f['sign']
        unit[f['id']] = f['unit']
        dp[f['id']] = len(t.split('.')[1]) if '.' in t else 0
        txt[f['id']] = t
    return val, unit, dp, txt, ntab


def b(v, u):
    return v * FACT.get(u, D(1))


def holds(r, val, unit, dp):
    t = r['type']
    if t == 'lin':
        return b(val[r['result']], unit[r['result']]) == sum((D(c) * b(val[i], unit[i]) for i, c in r['terms']), D(0))
    if t == 'ratio':
        den = b(val[r['den']], unit[r['den']])
        return den != 0 and q(b(val[r['num']], unit[r['num']]) / den * 100, dp[r['result']]) == val[r['result']]
    if t == 'chg':
        prev = b(val[r['prev']], unit[r['prev']])
        return prev != 0 and q((b(val[r['cur']], unit[r['cur']]) - prev) / prev * 100, dp[r['result']]) == val[r['result']]
    if t == 'eq':
        return q(b(val[r['a']], unit[r['a']]) / FACT.get(unit[r['b']], D(1)), dp[r['b']]) == val[r['b']]
    if t == 'count':
        return val[r['result']] == len(r['items'])
    raise ValueError(t)


def main():
    answers = {}
    with open(os.path.join(HERE, 'bad', 'ANSWERS.tsv'), encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        assert head == ['file', 'line', 'old', 'new', 'relation'], head
        for ln in fh:
            if ln.strip():
                f, line, old, new, rel = ln.rstrip('\n').split('\t')
                answers[f] = (int(line), old, new, rel)
    specs = sorted(x for x in os.listdir(os.path.join(HERE, 'spec')) if x.endswith('.json'))
    problems, nrel, nfig, ntrap = [], 0, 0, 0
    kinds = {'prose': 0, 'cell': 0}
    for sp in specs:
        nn = sp[:-5]
        spec = json.load(open(os.path.join(HERE, 'spec', sp), encoding='utf-8'))
        clean = open(os.path.join(HERE, 'clean', nn + '.md'), encoding='utf-8').read().split('\n')[:-1]
        bad = open(os.path.join(HERE, 'bad', nn + '.md'), encoding='utf-8').read().split('\n')[:-1]
        err = []
        # shape of the document
        if not (60 <= len(clean) <= 150):
            err.append('line count %d' % len(clean))
        if not clean[0].startswith('# 2023年度'):
            err.append('title')
        nsec = sum(1 for l in clean if l.startswith('## '))
        if not 4 <= nsec <= 6:
            err.append('%d sections' % nsec)
        cv, cu, cd, ct, ntab = values(spec, clean)
        if not 2 <= ntab <= 4:
            err.append('%d tables' % ntab)
        for f in spec['figures']:
            if ct[f['id']] != f['text']:
                err.append('clean %s: %s != spec %s' % (f['id'], ct[f['id']], f['text']))
        cfail = [r for r in spec['relations'] if not holds(r, cv, cu, cd)]
        if cfail:
            err.append('clean relations broken: %s' % [r['name'] for r in cfail])
        # bad
        difflines = [i + 1 for i, (a, c) in enumerate(zip(clean, bad)) if a != c]
        if len(clean) != len(bad) or len(difflines) != 1:
            err.append('bad differs on lines %s' % difflines)
        bv, bu, bd, bt, _ = values(spec, bad)
        changed = [f for f in spec['figures'] if bt[f['id']] != ct[f['id']]]
        if len(changed) != 1:
            err.append('changed figures: %s' % [f['id'] for f in changed])
        bfail = [r for r in spec['relations'] if not holds(r, bv, bu, bd)]
        if len(bfail) != 1:
            err.append('bad: %d relations broken %s' % (len(bfail), [r['name'] for r in bfail]))
        ans = answers.get(nn + '.md')
        if ans is None:
            err.append('no answer row')
        elif changed and bfail:
            f = changed[0]
            if (f['line'], ct[f['id']], bt[f['id']], bfail[0]['name']) != ans:
                err.append('answer mismatch %s vs %s' % ((f['line'], ct[f['id']], bt[f['id']], bfail[0]['name']), ans))
            if f['id'] not in json.dumps(bfail[0]):
                err.append('broken relation does not involve the changed figure')
            kinds[f['where']] += 1
        for t in spec['traps']:
            if clean[t['line'] - 1] != bad[t['line'] - 1]:
                err.append('trap line %d changed' % t['line'])
        nrel += len(spec['relations']); nfig += len(spec['figures']); ntrap += len(spec['traps'])
        status = 'OK ' if not err else 'FAIL'
        if ans:
            print('%s %s.md %3d lines %d tables %3d figs %3d rels %2d traps | bad L%d %s->%s: %s' % (
                status, nn, len(clean), ntab, len(spec['figures']), len(spec['relations']), len(spec['traps']), ans[0], ans[1], ans[2], ans[3]))
        for e in err:
            print('     ', e)
        if err:
            problems.append(nn)
    print('---')
    print('%d files, %d figures, %d relations, %d trap lines; clean: all relations hold in %d/%d; '
          'bad: exactly one broken relation in %d/%d (prose %d, table %d)' % (
              len(specs), nfig, nrel, ntrap, len(specs) - len(problems), len(specs), len(specs) - len(problems), len(specs), kinds['prose'], kinds['cell']))
    if problems:
        print('FAILED:', ' '.join(problems))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
