/**
 * Search as you type, without a fetch per keystroke: `run(true)` at once on the first key of a
 * burst, so results appear without delay, then `run(false)` once the reader pauses for `pauseMs`.
 * Keys typed in quick succession in between run nothing, so they fetch no results nobody reads.
 * The first-key run can afford to be small (a few results); the run after the pause completes it.
 * A first-key run that returns false searched nothing (one letter is not yet a query), so the next
 * key counts as the first again and shows results at once.
 */
export function typingDebounce(run: (firstKey: boolean) => boolean | void, pauseMs: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    timer = undefined;
    run(false);
  };
  const typed = () => {
    if (timer === undefined) {
      if (run(true) === false) return;
    } else clearTimeout(timer);
    timer = setTimeout(settle, pauseMs);
  };
  typed.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return typed;
}
