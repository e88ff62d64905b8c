import { createRoot } from 'react-dom/client';
import { App } from './App';

/* global Office, document */

function mount(): void {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App />);
}

// Outside Office (a plain browser), office.js may be absent: render anyway.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => mount());
else mount();
