import { inputError } from '../pipeline/index.js';

/** The value of a `--year` option: a four-digit year, or undefined when not given. */
export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(19|20)\d{2}$/.test(value)) {
    throw inputError('JX_CLI_OPTION', `--year 应为四位年份，如 2024，实际为 “${value}”`);
  }
  return Number(value);
}
