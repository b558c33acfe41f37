/**
 * Catalogue, part 4: a user's templates with the mistakes people make. Each is exit 2 with the
 * template's file, line and what is wrong, in Chinese; nothing is drafted, nothing printed empty.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { PROJECT, run, workspace } from './support.js';

describe('catalogue: templates', () => {
  let dir = '';
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT });
  });
  const template = (name: string, files: Record<string, string>): string => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name, file)), { recursive: true });
      writeFileSync(path.join(dir, name, file), text);
    }
    return name;
  };

  it('T01 an unclosed {% if %} in the report template: exit 2, not a TypeError', () => {
    const t = template('t-if', { 'project/report.njk': '{% if true %}\n未闭合\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'a.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: ['report.njk', '{% if %} 没有对应的 {% endif %}'] });
  });

  it('T02 an unclosed {% if %} in an included template: the included file named', () => {
    const t = template('t-if-inc', { 'shared/title.njk': '# 标题\n{% if meta.notice %}\n依据通知。\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'b.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: ['title.njk', '{% endif %}'] });
  });

  it('T03 an unclosed {% for %}: exit 2 saying so', () => {
    const t = template('t-for', { 'shared/closing.njk': '{% for p in data.problems %}\n{{ p.text }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'c.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: ['closing.njk'] });
  });

  it('T04 a stray {% endfor %}: the line named', () => {
    const t = template('t-endfor', { 'shared/closing.njk': '第一行\n{% if true %}{% endfor %}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'd.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: [/closing\.njk:2:\d+/, '不认识的标签 {% endfor %}'] });
  });

  it('T05 an undefined variable: an error naming {{ nosuchthing }} and its line, never “缺失变量：。”', () => {
    const t = template('t-undef', { 'project/report.njk': '# 标题\n缺失变量：{{ nosuchthing }}。\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'e.md'], { code: 2, codes: ['JX_TEMPLATE_UNDEFINED'], mentions: [/report\.njk:2:\d+/, '{{ nosuchthing }}的值未定义'] });
  });

  it('T06 an undefined attribute of data: named the same way', () => {
    const t = template('t-attr', { 'shared/closing.njk': '联系人：{{ data.meta.contact }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'f.md'], { code: 2, codes: ['JX_TEMPLATE_UNDEFINED'], mentions: ['closing.njk', '{{ data.meta.contact }}'] });
  });

  it('T07 a function that does not exist: said in Chinese', () => {
    const t = template('t-fn', { 'shared/closing.njk': '{{ nosuch("x") }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'g.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: ['closing.njk', '调用了不存在的函数 nosuch'] });
  });

  it('T08 a figure id that does not exist: named, with has() as the way out', () => {
    const t = template('t-fact', { 'shared/closing.njk': '{{ F("budget.nope") }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'h.md'], { code: 2, codes: ['JX_TEMPLATE_UNKNOWN_FACT'], mentions: ['budget.nope'] });
  });

  it('T09 a templates folder that does not exist: exit 2 naming it', () => {
    run(dir, ['draft', 'd.yaml', '-t', 'no-such-templates', '-o', 'i.md'], { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['no-such-templates'] });
  });

  it('T10 an include of a template that does not exist: named', () => {
    const t = template('t-missing', { 'shared/closing.njk': '{% include "shared/nowhere.njk" %}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'j.md'], { code: 2, codes: ['JX_TEMPLATE_SYNTAX'], mentions: ['nowhere.njk'] });
  });
});
