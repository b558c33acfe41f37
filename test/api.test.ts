import { describe, expect, it } from 'vitest';
import * as api from '../pipeline/index.js';

describe('the library API', () => {
  it('exposes exactly the stages (nothing leaks)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'InputError', 'InternalError', 'assessIndicator', 'buildFacts', 'carryOver', 'checkReport', 'draftReport', 'extractMentions',
      'findTopic', 'formatFact', 'loadData', 'loadProfile', 'makeSidecar', 'parseChineseNumber', 'parseData', 'partsOf', 'readCorpus', 'readReportFile',
      'readSidecar', 'renderReport', 'sectionText', 'shiftYears', 'sidecarPath', 'updateDraft', 'writeReport',
    ]);
  });
});
