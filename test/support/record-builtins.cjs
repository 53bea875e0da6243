// Preloaded with `node --require`: at exit, writes the Node built-in modules the process loaded
// (process.moduleLoadList, "NativeModule name" lines) to the file named by SCHENGEN_BUILTINS_LOG
// (test/e2e/startup-builtins.test.ts).
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const log = process.env['SCHENGEN_BUILTINS_LOG'];
  if (log) writeFileSync(log, process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length)).join('\n'));
});
