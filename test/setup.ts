// Extra matchers for component tests (toBeInTheDocument, toHaveAccessibleName, …).
import '@testing-library/jest-dom';

// jsdom's window has neither crypto.subtle nor TextEncoder, which the audit chain hashes with (as browsers do).
import { webcrypto } from 'node:crypto';
import { TextEncoder as NodeTextEncoder } from 'node:util';
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.defineProperty(globalThis, 'TextEncoder', { value: NodeTextEncoder, configurable: true, writable: true });

// The built-in models are chunks a page loads on first need; a test has them at once, as a page
// does once they arrived (tests of the waiting itself load a fresh copy of the modules).
import { addLoadedBuiltInModels } from '../src/core/model/built-in';
import type { CompetencyModel } from '../src/core/model/types';
import ctAccountManager from '../src/models/ct-account-manager.json';
import cmAccountManager from '../src/models/cm-account-manager.json';
import hwServiceManager from '../src/models/hw-service-manager.json';
addLoadedBuiltInModels([ctAccountManager, cmAccountManager, hwServiceManager] as CompetencyModel[]);
