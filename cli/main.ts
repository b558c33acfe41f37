import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { DraftCliOptions } from './draft.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { setV8Flags } from './v8-flags.js';

let widthOf: ((text: string) => number) | undefined;

/**
 * How many columns a terminal gives the text. string-width builds large Unicode regular
 * expressions when loaded (some 25 ms, a third of a check's start-up): only help needs it, so it
 * loads then, synchronously as commander asks (Node 20.19+ require()s an ES module).
 */
function displayWidth(text: string): number {
  widthOf ??= (createRequire(import.meta.url)('string-width') as typeof import('string-width')).default;
  return widthOf(text);
}

/** commander prints its help headings and argument errors in English; users read Chinese. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

const ERRORS: ReadonlyArray<[RegExp, (...m: string[]) => string]> = [
  [/error: unknown option '([^']+)'/, (o) => `错误 [JX_CLI_OPTION] 没有选项 ${o}，用 --help 查看可用选项`],
  [/error: unknown command '([^']+)'/, (c) => `错误 [JX_CLI_OPTION] 没有命令 ${c}，可用：${Object.keys(COMMANDS).join('、')}`],
  [/error: missing required argument '([^']+)'/, (a) => `错误 [JX_CLI_OPTION] 缺少参数：${a}`],
  [/error: required option '([^']+)' not specified/, (o) => `错误 [JX_CLI_OPTION] 缺少必需的选项 ${o}`],
  [/error: option '([^']+)' argument missing/, (o) => `错误 [JX_CLI_OPTION] 选项 ${o} 后面缺少值`],
  [/error: too many arguments for '([^']+)'\. Expected (\d+) arguments? but got (\d+)/, (c, n, g) => `错误 [JX_CLI_OPTION] ${c} 只接受 ${n} 个参数，收到 ${g} 个`],
];

/** commander's own guess at a mistyped command or option (`(Did you mean check?)`), said in Chinese. */
const SUGGESTION = /\(Did you mean ([^?]+)\?\)/;

function translateError(message: string): string {
  for (const [re, say] of ERRORS) {
    const m = re.exec(message);
    if (!m) continue;
    const guess = SUGGESTION.exec(message)?.[1];
    return `${say(...m.slice(1))}${guess !== undefined ? `。是不是要用 ${guess}？` : ''}\n`;
  }
  return message;
}

/**
 * An option's help line in Chinese: a default the description does not already state is added as
 * （默认：…）, never commander's English `(default: "text")`.
 */
function optionDescription(option: Option): string {
  const d = option.description;
  if (option.defaultValue === undefined || /默认|缺省/.test(d)) return d;
  return `${d}（默认：${String(option.defaultValue)}）`;
}

/** Characters a line must not start with (closing punctuation stays with what it closes). */
const CLOSING = '，。；：、！？）》」』”’…—%';
/** A chunk to wrap at: a run of Latin text, or one CJK character with the closing punctuation after it. */
const CHUNK = new RegExp(`\\s*(?:[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef][${CLOSING}]*|[^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]+)`, 'gu');

/**
 * commander wraps help text at spaces only: a Chinese description, which has none, ran past the
 * terminal. This wraps between any two CJK characters too, measuring as the terminal displays.
 */
function boxWrap(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r?\n/)
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const chunk of line.match(CHUNK) ?? []) {
        if (current !== '' && displayWidth(current + chunk) > width) {
          out.push(current);
          current = chunk.trimStart();
        } else current += chunk;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** `--max-size <MB>`: raises the input size limits for this run (pipeline/limits.ts). */
const MAX_SIZE_HELP = '输入文件的大小上限（MB）；默认数据文件 128 KB、报告文字 384 KB、Word/PDF 文件 50 MB，确需处理更大的文件时提高';

async function applyMaxSize(value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const { configureLimits, DEFAULT_LIMITS, inputError } = await import('../pipeline/index.js');
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw inputError('JX_CLI_OPTION', `--max-size 应为正数（单位 MB），实际为 “${value}”`);
  const bytes = Math.round(mb * 1024 * 1024);
  configureLimits({ dataFileBytes: bytes, reportTextBytes: bytes, reportFileBytes: Math.max(DEFAULT_LIMITS.reportFileBytes, bytes) });
}

/**
 * The subcommands, each added to the program by its function. Only the one being run is defined
 * (unless help is asked for by `help`, or the command is unknown): defining all seven, with their
 * fifty options, was a few ms of every start.
 */
const COMMANDS: Record<string, (cmd: Command, setCode: (code: number) => void) => void> = {
  draft: (cmd, setCode) => {
    cmd
      .command('draft')
      .usage('<数据文件> [选项]')
      .description('由数据文件（及上年报告）起草自评报告，输出 Markdown 或 Word，并写出数字对照表 *.figures.json')
      .argument('<数据文件>', 'YAML 或 JSON 数据文件')
      .option('-p, --prior <上年报告>', '上年自评报告（.md .txt .docx .pdf），数据中没有的部分从中沿用')
      .option('-t, --templates <目录>', '自定义模板目录，其中的模板替换同名内置模板')
      .option('-o, --output <输出文件>', '输出文件（.md 或 .docx）；缺省为数据文件同名 .md，写在当前目录')
      .option('-f, --format <格式>', '强制输出格式：md 或 docx')
      .option('--profile <评分规则>', '评分规则：national 或规则文件路径，覆盖数据文件中的 meta.profile')
      .option('--html <审阅页>', '另写出一个审阅页（HTML）：稿中每个数字按核对结果着色')
      .option('--llm', '用大模型（OpenAI 兼容接口）逐段润色文字；数字由工具锁定，不交给模型，改写后每个数字须仍描述原来的事项')
      .option('--model <模型>', '模型名称；缺省取环境变量 JIXIAO_LLM_MODEL')
      .option('--base-url <地址>', '接口地址；缺省取环境变量 OPENAI_BASE_URL（密钥只从 OPENAI_API_KEY 读取）')
      .option('--llm-concurrency <n>', '同时请求的段落数（默认 4）')
      .option('--llm-retries <n>', '回答不合格时重问的次数（默认 2）')
      .option('--llm-timeout <秒>', '每段等待模型的总时长上限（默认 120 秒）')
      .option('--no-llm-cache', '不读写磁盘缓存（.jixiao-cache/llm）')
      .option('--no-stream', '不用流式回答')
      .option('--dry-run', '只打印将发给模型的提示词，不发请求、不写草稿')
      .option('-w, --watch', '数据文件（及上年报告）保存后自动重新生成')
      .option('--max-size <MB>', MAX_SIZE_HELP)
      .helpOption('-h, --help', '显示帮助')
      .action(async (data: string, opts: DraftCliOptions & { maxSize?: string }) => {
        await applyMaxSize(opts.maxSize);
        const { runDraft } = await import('./draft.js');
        setCode(await runDraft(data, opts));
      });
  },
  check: (cmd, setCode) => {
    cmd
      .command('check')
      .usage('<报告...> [选项]')
      .description('核对报告中的每一个数字：与数据对照（给出 --data 时），并核对报告内部的加总、比率、前后一致和自评表')
      .argument('<报告...>', '要检查的报告（.md .txt .docx .pdf，或 .xlsx 自评表）或文件夹，可多个')
      .option('-d, --data <数据文件>', '数据文件：给出时逐个数字与数据对照')
      .option('-f, --format <格式>', '输出格式：text（默认）、json（一个 JSON 文档）或 ndjson（每个报告一行 JSON）', 'text')
      .option('-j, --jobs <n>', '同时检查的报告数（默认为本机核数）；1 表示逐个检查')
      .option('--strict', '警告也视为不通过（退出码 1）')
      .option('-v, --verbose', '文本输出中也列出提示（未对应到数据的数字）')
      .option('--profile <评分规则>', '评分规则：national 或规则文件路径')
      .option('--html <审阅页>', '写出审阅页（HTML，离线可用）：每个数字按核对结果着色；多个报告时写作 审阅页-报告名.html')
      .option('--html-dir <文件夹>', '在该文件夹写出每个报告的审阅页和总览 index.html（可排序、筛选，离线可用）')
      .option('--summary <汇总表>', '写出汇总表（.xlsx 或 .csv）：每个报告一行，含单位、类型、年度、数字、错误、警告和首要问题')
      .option('--annotate <输出.docx>', '检查单个 .docx 时，另存一份在每处问题上加了 Word 批注的副本')
      .option('--max-size <MB>', MAX_SIZE_HELP)
      .helpOption('-h, --help', '显示帮助')
      .action(async (reports: string[], opts: import('./check.js').CheckCliOptions) => {
        await applyMaxSize(opts.maxSize);
        const { runCheck } = await import('./check.js');
        setCode(await runCheck(reports, opts));
      });
  },
  update: (cmd, setCode) => {
    cmd
      .command('update')
      .usage('<草稿> --data <新数据文件> [选项]')
      .description('数据变了之后更新已编辑的草稿：数字按新数据改写，编辑写的句子原样保留')
      .argument('<草稿>', '编辑过的 Markdown 草稿')
      .requiredOption('-d, --data <新数据文件>', '新的数据文件')
      .option('--old-data <原数据文件>', '草稿当初依据的数据文件（缺省时使用草稿旁的 .figures.json）')
      .option('-o, --output <输出文件>', '输出文件；缺省为 草稿名.updated.md')
      .option('--in-place', '直接改写草稿（先备份原文件）')
      .option('-p, --prior <上年报告>', '上年报告（缺省时沿用起草时的设置）')
      .option('-t, --templates <目录>', '自定义模板目录（缺省时沿用起草时的设置）')
      .option('-f, --format <格式>', '变更摘要格式：text（默认）或 json', 'text')
      .option('--html <审阅页>', '另写出审阅页（HTML）：标出由旧值改为新值的数字')
      .option('--comments', '更新 Word 草稿时，在每处与新数据矛盾的说法上加 Word 批注')
      .option('-w, --watch', '新数据文件保存后自动重新更新')
      .option('--max-size <MB>', MAX_SIZE_HELP)
      .helpOption('-h, --help', '显示帮助')
      .action(async (draft: string, opts: { data: string; oldData?: string; output?: string; inPlace?: boolean; format?: string; prior?: string; templates?: string; html?: string; comments?: boolean; watch?: boolean; maxSize?: string }) => {
        await applyMaxSize(opts.maxSize);
        const { runUpdate } = await import('./update.js');
        if (opts.watch) {
          const { watchAndRerun } = await import('./watch.js');
          setCode(await watchAndRerun([opts.data], () => runUpdate(draft, opts)));
        } else {
          setCode(await runUpdate(draft, opts));
        }
      });
  },
  migrate: (cmd, setCode) => {
    cmd
      .command('migrate')
      .usage('<旧数据文件> [选项]')
      .description('把第 1 版数据文件转成第 2 版（保留注释），并列出仍须手工修改之处')
      .argument('<旧数据文件>', '第 1 版 YAML 数据文件')
      .option('-o, --output <新数据文件>', '输出文件；缺省为 原文件名.v2.yaml')
      .helpOption('-h, --help', '显示帮助')
      .action(async (file: string, opts: { output?: string }) => {
        const { runMigrate } = await import('./migrate.js');
        setCode(await runMigrate(file, opts));
      });
  },
  import: (cmd, setCode) => {
    cmd
      .command('import')
      .usage('<表格文件> [选项]')
      .description('读入填好的绩效自评表或基础数据表（Excel .xlsx 或 Word .docx），写成数据文件，每个值注明来源单元格')
      .argument('<表格文件>', '填好的项目支出或部门整体支出绩效自评表、基础数据表（.xlsx 或 .docx）')
      .option('-o, --output <数据文件>', '写出的数据文件（.yaml）；缺省为表格文件同名 .yaml，写在当前目录')
      .option('--year <年度>', '评价年度；表中标题没有年度时必须给出')
      .option('--sheet <工作表>', '只读这个工作表（Word 文件为 表1、表2…），按名称或序号')
      .option('--force', '输出文件已存在时覆盖')
      .helpOption('-h, --help', '显示帮助')
      .action(async (file: string, opts: { output?: string; year?: string; sheet?: string; force?: boolean }) => {
        const { runImport } = await import('./import.js');
        setCode(await runImport(file, opts));
      });
  },
  init: (cmd, setCode) => {
    cmd
      .command('init')
      .usage('--from <上年数据> [选项]')
      .description('由上年的数据文件（及上年报告）生成本年的数据骨架：上年实际数移作同比的上年数，本年的数字留空待填')
      .requiredOption('--from <上年数据文件>', '上年的 YAML 数据文件')
      .option('-p, --prior <上年报告>', '上年自评报告（.md .txt .docx .pdf）：数据中没有的职能、机构、管理、组织实施、结果应用等文字从中沿用')
      .option('-o, --output <本年数据文件>', '写出的数据文件；缺省为上年文件名中的年份加一')
      .option('--year <年度>', '本年度；缺省为上年数据的年度加一')
      .option('--force', '输出文件已存在时覆盖')
      .helpOption('-h, --help', '显示帮助')
      .action(async (opts: { from: string; prior?: string; output?: string; year?: string; force?: boolean }) => {
        const { runInit } = await import('./init.js');
        setCode(await runInit(opts));
      });
  },
  desk: (cmd, setCode) => {
    cmd
      .command('desk')
      .usage('[选项]')
      .description('在浏览器中起草、更新、检查报告：在本机启动网页（离线可用），打印带访问令牌的地址')
      .option('--port <端口>', '端口（默认 8016，被占用时另选空闲端口）')
      .option('--dir <工作区>', '上传的文件和生成的文件放在这个文件夹（默认 ./jixiao-工作区）')
      .option('--host <地址>', '监听的地址（默认 127.0.0.1，只有本机能访问）')
      .option('--no-open', '不自动打开浏览器')
      .option('--max-upload <MB>', '一次上传的大小上限（默认 50 MB）')
      .option('--model <模型>', '“润色”用的模型名称；缺省取环境变量 JIXIAO_LLM_MODEL')
      .option('--base-url <地址>', '模型接口地址；缺省取环境变量 OPENAI_BASE_URL（密钥只从 OPENAI_API_KEY 读取）')
      .helpOption('-h, --help', '显示帮助')
      .action(async (opts: { port?: string; dir?: string; host?: string; open?: boolean; maxUpload?: string; model?: string; baseUrl?: string }) => {
        const { runDesk } = await import('./desk/index.js');
        setCode(await runDesk(opts));
      });
  },
};

function program(setCode: (code: number) => void, only?: string): Command {
  const cmd = new Command('jixiao')
    .usage('<命令> [选项]')
    .description('预算绩效自评报告：由数据起草报告，并核对报告中的每一个数字')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .exitOverride()
    // Before .command(): subcommands copy the help settings when they are made. Chinese characters
    // take two columns on a terminal, so widths are measured as displayed.
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      subcommandTerm: (sub) => `${sub.name()} ${sub.usage()}`.trim(),
      displayWidth,
      boxWrap,
      optionDescription,
    })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(translateError(s)),
    });

  for (const [name, add] of Object.entries(COMMANDS)) if (only === undefined || only === name) add(cmd, setCode);
  return cmd;
}

export async function main(argv: readonly string[]): Promise<number> {
  setV8Flags();
  let code: number = EXIT.ok;
  // A reader that stops early (… | head) ends the output, not in an error of jixiao: stop quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(code);
  });
  try {
    const first = argv[0];
    const only = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : undefined;
    await program((c) => {
      code = c;
    }, only).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    // The library loads only now: --help and --version need none of it.
    const { InputError } = await import('../pipeline/index.js');
    if (err instanceof InputError) {
      printDiagnostics(err.diagnostics);
      return EXIT.input;
    }
    // An InternalError, or anything else thrown: a bug in jixiao.
    process.stderr.write(`错误 [JX_INTERNAL] jixiao 内部错误，请把以下信息报告给开发者：\n${trace(err)}\n`);
    return EXIT.internal;
  }
}

/** The stack of an error and of the errors that caused it. */
function trace(err: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 5; e = e instanceof Error ? e.cause : undefined, depth++) {
    lines.push(`${depth > 0 ? '起因：' : ''}${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  return lines.join('\n');
}
