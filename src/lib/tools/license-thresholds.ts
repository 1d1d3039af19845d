import type { Threshold } from './license-check';

/** A licence's size limits as content/licenses gives them. */
export interface LicenseLimits {
  short: string;
  kind: string;
  userLimit?: { monthlyActiveUsers: number } | undefined;
  revenueLimit?: { monthlyUsd: number } | undefined;
}

/** 700000000 → "700 million"; other amounts as written. */
export function inMillions(n: number): string {
  return n % 1_000_000 === 0 ? `${(n / 1_000_000).toLocaleString('en-US')} million` : n.toLocaleString('en-US');
}

/** A licence's size limits in words: "more than 700 million monthly active users"; none when it sets none. */
export function sizeLimits(l: Pick<LicenseLimits, 'userLimit' | 'revenueLimit'>): string[] {
  return [
    ...(l.userLimit ? [`more than ${inMillions(l.userLimit.monthlyActiveUsers)} monthly active users`] : []),
    ...(l.revenueLimit ? [`more than US$${inMillions(l.revenueLimit.monthlyUsd)} in monthly revenue`] : []),
  ];
}

const joinNames = (names: string[]) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * The size thresholds of the custom licences, grouped where several share one ("Llama 2 … and
 * Llama 4: more than 700 million monthly active users"), and the custom licences that set none.
 */
export function licenseThresholds(licenses: readonly LicenseLimits[]): { thresholds: Threshold[]; withNone: string[] } {
  const groups = new Map<string, string[]>();
  const withNone: string[] = [];
  for (const l of licenses) {
    const limits = sizeLimits(l);
    if (limits.length) groups.set(limits.join(' or '), [...(groups.get(limits.join(' or ')) ?? []), l.short]);
    else if (l.kind === 'community') withNone.push(l.short);
  }
  const thresholds = [...groups].map(([text, names]) => ({ license: joinNames(names), text }));
  return { thresholds, withNone };
}
