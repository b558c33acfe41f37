import { describe, expect, it } from 'vitest';
import * as api from '../pipeline/index.js';

describe('the library API', () => {
  it('exposes exactly the stages (nothing leaks)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'IMPORT_CODES', 'InputError', 'InternalError', 'assessIndicator', 'buildFacts', 'carryOver', 'checkReport', 'draftReport', 'extractMentions',
      'findTopic', 'formatFact', 'importTables', 'loadData', 'loadProfile', 'makeSidecar', 'parseChineseNumber', 'parseData', 'partsOf', 'readCorpus', 'readReportFile',
      'readSidecar', 'renderReport', 'saveDataFile', 'sectionText', 'shiftYears', 'sidecarPath', 'unplacedDiagnostics', 'updateDraft', 'writeReport',
    ]);
  });
});
