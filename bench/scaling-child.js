// One cell of bench/scaling.js in a process of its own (a fresh heap, so that one size's garbage does
// not weigh on the next): argv shape, question, stays, rounds; prints the CPU ms per question.
import { SHAPES, questions } from './scaling.js';

const [shape, question, stays, rounds] = process.argv.slice(2);
const made = SHAPES[shape](Number(stays));
const ask = questions(made)[question];
try {
  for (let i = 0; i < 3; i += 1) await ask(); // warm-up: the JIT
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error.code ?? error.message }));
  process.exit(0);
}
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const started = cpu();
for (let i = 0; i < Number(rounds); i += 1) await ask();
process.stdout.write(JSON.stringify({ ms: (cpu() - started) / Number(rounds) }));
