/**
 * A progress bar on stderr for a long check run — files done, rate, time left — only when stderr is
 * a terminal (redirected or in CI: nothing). cli-progress loads only then.
 */
export interface Progress {
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

export async function startProgress(total: number): Promise<Progress> {
  if (process.stderr.isTTY !== true || total < 2) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '核对 {bar} {value}/{total} 份 | {rate} 份/秒 | 剩余 {eta_formatted}',
      barsize: 30,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0' });
  // Ctrl-C: the bar switched terminal line wrap off; give it back before leaving.
  const interrupt = () => {
    bar.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  let done = 0;
  return {
    tick: () => {
      done += 1;
      const seconds = (Date.now() - started) / 1000;
      // Whole files per second, one decimal: a progress figure, not a report's.
      bar.update(done, { rate: String(seconds > 0 ? Math.round((done / seconds) * 10) / 10 : 0) });
    },
    stop: () => {
      bar.stop();
      process.off('SIGINT', interrupt);
    },
  };
}
