/**
 * Where an app under load logs: JSON lines at info, as in production, to a sink that drops them, so
 * the cost of logging is measured and the terminal is spared thousands of lines. Warnings and errors
 * are counted, and the first few shown.
 */
import pino from "pino";

export function countingLogger(label: string): { logger: pino.Logger; errorsLogged: () => number } {
  let errors = 0;
  const sink = {
    write(line: string): void {
      if (!/"level":(40|50|60)/.test(line)) return;
      errors += 1;
      if (errors <= 5) process.stderr.write(`[${label}] ${line}`);
    },
  };
  return { logger: pino({ level: "info" }, sink), errorsLogged: () => errors };
}
