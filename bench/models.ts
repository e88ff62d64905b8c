import { addLoadedBuiltInModels } from '../src/core/model/built-in';
import type { CompetencyModel } from '../src/core/model/types';
import ctAccountManager from '../src/models/ct-account-manager.json';
import cmAccountManager from '../src/models/cm-account-manager.json';
import hwServiceManager from '../src/models/hw-service-manager.json';

// The benchmarks (and the fixtures they share with the tests) compute with the built-in models as
// they are imported, as a page does once the models' chunks arrived: imported first, this has them at hand.
addLoadedBuiltInModels([ctAccountManager, cmAccountManager, hwServiceManager] as CompetencyModel[]);
