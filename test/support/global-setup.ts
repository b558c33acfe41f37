import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every temporary file the tests make goes under one directory (os.tmpdir() reads TMPDIR, and
 * the test workers inherit it), removed when the run ends: a test run leaves /tmp as it was.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'jixiao-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
