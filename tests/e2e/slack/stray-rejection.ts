/**
 * Preloaded into the child process of the shutdown test: a promise rejects with nobody to catch it, as a
 * bug in a dependency might — once PyVer has had the chance to install its handler (or after 3 s, so a
 * missing handler shows as a crash rather than as nothing happening).
 */
const started = Date.now();
const poll = setInterval(() => {
  if (process.listenerCount("unhandledRejection") === 0 && Date.now() - started < 3000) return;
  clearInterval(poll);
  void Promise.reject(new Error("stray rejection from the shutdown test"));
}, 10);
