import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random access token, printed in the address as local notebook servers do. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Whether `given` is the token, in time that does not depend on where they differ (or their lengths). */
export function tokenMatches(given: string | undefined, token: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(token)) && given !== undefined;
}
