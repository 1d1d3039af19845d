#!/usr/bin/env node
// npm run facts:due [-- --months 6 --today 2026-12-04]: lists the changeable facts in content/
// (model releases and their openness, licences, comparison tables) whose last check is older than
// six months, with the sources to check them against. It changes nothing.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dueFacts, readDatedFacts, renderDue } from './lib/facts-due.ts';

const { values } = parseArgs({ options: { months: { type: 'string', default: '6' }, today: { type: 'string' } } });
const months = Number(values.months);
const today = values.today ? new Date(values.today) : new Date();
if (!Number.isInteger(months) || months < 1 || Number.isNaN(today.getTime())) {
  console.error('Usage: npm run facts:due [-- --months <whole months> --today YYYY-MM-DD]');
  process.exit(2);
}
const facts = readDatedFacts(fileURLToPath(new URL('../content/', import.meta.url)));
console.log(renderDue(dueFacts(facts, today, months), facts.length, today, months));
