import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

/**
 * The opening of a self-contained page up to </head>: a Content-Security-Policy that lets only its
 * own inline script (by hash) and styles run, nothing loaded from anywhere (images only as data:
 * URLs when `images`), no referrer. Shared by the review page and the bureau's overview.
 */
export function pageHead(title: string, css: string, script: string, options: { images?: boolean } = {}): string {
  const scriptHash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}';${options.images === true ? ' img-src data:;' : ''} base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="jixiao">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>`;
}
