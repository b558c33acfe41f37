'use strict';
// The 12 reports delivered as text (pdftotext -layout of the rendered PDF). Fictional units.
module.exports = [...require('./specs/tA.cjs'), ...require('./specs/tB.cjs')];
