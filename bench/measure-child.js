// Runs a script in this process and reports its peak memory and CPU time on stderr when it exits.
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxRSS=${usage.maxRSS} cpuMicros=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
await import(pathToFileURL(script).href);
