// Preloaded with `node --import` by tests and benches: writes the process's peak resident memory
// (KB) to $JIXIAO_MAX_RSS_FILE when it exits. VmHWM belongs to this program's own memory map; the
// rusage figure would also count the pages of a large parent (a test worker) it was forked from.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.JIXIAO_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKb())));
