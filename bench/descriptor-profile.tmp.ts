import { performance } from 'node:perf_hooks';
import { installCustomFunctions } from '../test/helpers/custom-functions';
import * as functions from '../src/functions/functions';
import { functionsModels } from '../src/functions/runtime';
installCustomFunctions();
functionsModels().setWorkbookModels([]);
const n = 1_048_576;
const run = () => { for (let i = 0; i < n; i++) try { functions.competencyDescriptor('抗挫能力', 1 + (i % 5), null); } catch { /* */ } };
run();
for (let k = 0; k < 3; k++) { const t = performance.now(); run(); console.log((performance.now() - t).toFixed(0), 'ms'); }
