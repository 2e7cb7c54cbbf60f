/**
 * Asks whether a tile server answers, off the page: a failed request here does not end up as an
 * error in the page's console (offline offices and CI have no tile server).
 * Message in: `{ url, timeoutMs }`; message out: `true` (reachable) or `false`.
 */
self.onmessage = async (event: MessageEvent<{ url: string; timeoutMs: number }>) => {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), event.data.timeoutMs);
  try {
    await fetch(event.data.url, { mode: 'no-cors', cache: 'no-store', signal: abort.signal });
    postMessage(true);
  } catch {
    postMessage(false);
  } finally {
    clearTimeout(timer);
  }
};
