/**
 * The stage order of the pipeline, as rules: a stage may import the base (pipeline/*.ts,
 * pipeline/text/), schemas/ and the stages before it, never a later one; no cycles; the CLI
 * imports only the library API (pipeline/index.ts). `npm run lint:deps` checks them; `npm test`
 * runs it.
 */
const STAGES = ['read', 'mentions', 'format', 'corpus', 'load', 'intake', 'facts', 'render', 'check', 'llm', 'update', 'write', 'review', 'jobs'];

const later = (i) => STAGES.slice(i + 1).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a circle (type-only imports included).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, dependencyTypesNot: ['core'] },
    },
    ...STAGES.slice(0, -1).map((stage, i) => ({
      name: `stage-order-${stage}`,
      severity: 'error',
      comment: `${stage} comes before ${later(i).split('|').join(', ')}: it may not import them.`,
      from: { path: `^pipeline/${stage}/` },
      to: { path: `^pipeline/(${later(i)})/` },
    })),
    {
      name: 'base-imports-no-stage',
      severity: 'error',
      comment: 'The base (pipeline/*.ts but index.ts, and pipeline/text/) is under every stage.',
      from: { path: '^pipeline/(text/|[^/]+\\.ts$)', pathNot: '^pipeline/index\\.ts$' },
      to: { path: `^pipeline/(${STAGES.join('|')})/` },
    },
    {
      name: 'schemas-import-no-stage',
      severity: 'error',
      comment: 'schemas/ describes artifacts; it may read figure text (mentions) but knows no later stage.',
      from: { path: '^schemas/' },
      to: { path: `^pipeline/(${STAGES.filter((s) => s !== 'mentions').join('|')})/` },
    },
    {
      name: 'stages-not-to-api',
      severity: 'error',
      comment: 'Stages never import the library API (pipeline/index.ts): it imports them.',
      from: { path: '^pipeline/' , pathNot: '^pipeline/index\\.ts$' },
      to: { path: '^pipeline/index\\.ts$' },
    },
    {
      name: 'cli-only-library-api',
      severity: 'error',
      comment: 'The CLI is a thin layer over the library API: it imports pipeline/index.ts and nothing else of the pipeline.',
      from: { path: '^cli/' },
      to: { path: '^(pipeline/|schemas/)', pathNot: '^pipeline/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    // Packages' subpath exports (hono/cookie) resolve as Node resolves them.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
