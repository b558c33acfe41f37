'use strict';
// The 12 reports delivered as PDF. All names and places are fictional (澄川省 and its cities).
module.exports = [...require('./specs/pA.cjs'), ...require('./specs/pB.cjs'), ...require('./specs/pC.cjs')];
