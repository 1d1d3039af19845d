// Runs build steps one after another and measures them: wall time, and peak memory as the
// largest sum of resident memory over a step's whole process tree (sampled from /proc).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Command } from '../lib/package-bin.ts';

const PAGE_SIZE = 4096;
const SAMPLE_MS = 50;

function processTable() {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name before it may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function treeRss(rootPid: number) {
  const children = processTable();
  let bytes = 0;
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      continue;
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

function runStep({ command, args, cwd, env }: Command & { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ seconds: number; peakBytes: number }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, child.pid === undefined ? 0 : treeRss(child.pid))), SAMPLE_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds, peakBytes: peak });
    });
  });
}

/**
 * Runs the steps in `cwd`: total seconds, the highest peak of any step, and seconds per step
 * (named by the step's `name`).
 */
export async function runMeasured(cwd: string, steps: Command[]) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const stepSeconds: Record<string, number> = {};
  let peakBytes = 0;
  for (const step of steps) {
    const result = await runStep({ ...step, cwd, env });
    stepSeconds[step.name] = result.seconds;
    peakBytes = Math.max(peakBytes, result.peakBytes);
  }
  const seconds = Object.values(stepSeconds).reduce((a, b) => a + b, 0);
  return { seconds, peakMB: peakBytes / 1024 / 1024, stepSeconds };
}
