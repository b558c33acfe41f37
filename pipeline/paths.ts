import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InternalError } from './errors.js';

/** The package's root, found the same way from source (tests) and from dist/ (the CLI). */
function findPackageRoot(from: string): string {
  let dir = path.dirname(from);
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'templates'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new InternalError(`package root not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(fileURLToPath(import.meta.url));
export const PROFILES_DIR = path.join(PACKAGE_ROOT, 'profiles');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
