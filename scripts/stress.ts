// `npm run test:stress`: the whole suite (`npm test`, or the command given after `--`) while two
// busy processes keep both cores loaded, as on a shared CI machine. The burners stop when the
// suite ends, however it ends: they also leave by themselves if this script dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

const BURNERS = 2;

/**
 * Spins the CPU in 50 ms slices, yielding between them so it hears its parent go away (the IPC
 * channel closes when the parent exits, even on SIGKILL).
 */
const BURN = `
process.on('disconnect', () => process.exit(0));
const spin = () => { const end = Date.now() + 50; while (Date.now() < end); setImmediate(spin); };
spin();`;

const command = process.argv.slice(2);
const [file, ...args] = command.length ? command : ['npm', 'test'];

const burners: ChildProcess[] = Array.from({ length: BURNERS }, () =>
  spawn(process.execPath, ['-e', BURN], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
);
const stopBurners = () => burners.forEach((b) => b.exitCode === null && b.kill('SIGKILL'));
process.on('exit', stopBurners);

console.log(`stress: ${BURNERS} busy processes on ${availableParallelism()} cores while running: ${[file, ...args].join(' ')}`);
const started = Date.now();
const suite = spawn(file!, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    suite.kill(signal);
    stopBurners();
  });
}
suite.on('exit', (code, signal) => {
  stopBurners();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`stress: ${[file, ...args].join(' ')} ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds} s under load`);
  process.exit(code ?? 1);
});
