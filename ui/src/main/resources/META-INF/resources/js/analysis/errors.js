// Script errors of an analysis page, kept for the browser tests (window.__analysis.errors). A classic script in the
// page's head, so it listens before any module runs.
window.__analysisErrors = [];
addEventListener('error', (e) => window.__analysisErrors.push(String(e.message || e)));
addEventListener('unhandledrejection', (e) => window.__analysisErrors.push(String(e.reason)));
