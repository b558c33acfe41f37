import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jixiao } from '../support/cli.js';
import { ZHUZHOU } from '../support/paths.js';
import { imageOnlyPdf, passwordPdf } from '../read/support/make-pdf.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-read-errors-'));

describe('unreadable reports: a clear message, exit 2, never a stack trace', () => {
  const docx = path.join(dir, 'good.docx');
  jixiao(['draft', ZHUZHOU, '-o', docx]);
  const cases: [string, string, () => Uint8Array | string, RegExp][] = [
    ['a corrupt .docx', 'corrupt.docx', () => readFileSync(docx).subarray(0, 2000), /JX_READ_CORRUPT/],
    ['a text file renamed .docx', 'renamed.docx', () => '这是一份纯文本报告，不是 Word 文件。\n', /JX_READ_NOT_DOCX/],
    ['an encrypted .docx (an OLE container)', 'encrypted.docx', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /JX_READ_ENCRYPTED/],
    ['an image-only PDF', 'scan.pdf', () => imageOnlyPdf(), /JX_READ_NO_TEXT/],
    ['a password-protected PDF', 'locked.pdf', () => passwordPdf(), /JX_READ_ENCRYPTED/],
  ];
  for (const [name, file, content, code] of cases) {
    it(`${name}: check and draft --prior both say what it is`, () => {
      const target = path.join(dir, file);
      writeFileSync(target, content());
      for (const args of [['check', target], ['draft', ZHUZHOU, '--prior', target, '-o', path.join(dir, `${file}.md`)]]) {
        const run = jixiao(args);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(code);
        expect(run.stderr).toContain(file);
        expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }
    });
  }
});
