// Extra matchers for component tests (toBeInTheDocument, toHaveAccessibleName, …).
import '@testing-library/jest-dom';

// jsdom's window has neither crypto.subtle nor TextEncoder, which the audit chain hashes with (as browsers do).
import { webcrypto } from 'node:crypto';
import { TextEncoder as NodeTextEncoder } from 'node:util';
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.defineProperty(globalThis, 'TextEncoder', { value: NodeTextEncoder, configurable: true, writable: true });
