import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces one benchmark's part of bench/README.md, leaving the other benchmarks' parts as they are. */
export function replaceSection(file: string, id: string, text: string): void {
  const open = `<!-- bench:${id}:start -->`;
  const close = `<!-- bench:${id}:end -->`;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# 基准测试\n\n各基准由各自的命令生成，见各节。\n';
  const block = `${open}\n${text}\n${close}`;
  const at = previous.indexOf(open);
  const end = previous.indexOf(close);
  writeFileSync(file, at >= 0 && end > at ? previous.slice(0, at) + block + previous.slice(end + close.length) : `${previous.trimEnd()}\n\n${block}\n`);
}
