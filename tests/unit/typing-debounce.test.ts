import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typingDebounce } from '@/lib/typing-debounce';

describe('typing debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs on the first key at once, then once after the reader pauses', () => {
    const run = vi.fn();
    const typed = typingDebounce(run, 150);
    typed();
    expect(run.mock.calls).toEqual([[true]]);
    for (let key = 0; key < 10; key += 1) {
      vi.advanceTimersByTime(100);
      typed();
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(149);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run.mock.calls).toEqual([[true], [false]]);
  });

  it('completes a single key (a paste) after the pause too', () => {
    const run = vi.fn();
    const typed = typingDebounce(run, 150);
    typed();
    vi.advanceTimersByTime(1000);
    expect(run.mock.calls).toEqual([[true], [false]]);
  });

  it('starts a new burst at once after a pause', () => {
    const run = vi.fn();
    const typed = typingDebounce(run, 150);
    typed();
    vi.advanceTimersByTime(200);
    typed();
    expect(run.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('forgets the pending run when cancelled (Enter searched already)', () => {
    const run = vi.fn();
    const typed = typingDebounce(run, 150);
    typed();
    typed();
    typed.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    typed();
    expect(run.mock.calls).toEqual([[true], [true]]);
  });

  it('counts the next key as the first when the first searched nothing (one letter)', () => {
    const run = vi.fn((firstKey: boolean) => !firstKey || run.mock.calls.length > 1);
    const typed = typingDebounce(run, 150);
    typed(); // "q": nothing to search for yet
    vi.advanceTimersByTime(100);
    typed(); // "qu": the first key with a query, run at once
    expect(run.mock.calls).toEqual([[true], [true]]);
    vi.advanceTimersByTime(200);
    expect(run.mock.calls).toEqual([[true], [true], [false]]);
  });
});
