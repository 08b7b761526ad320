// Polls a condition until it holds (tests never sleep for a fixed time when a condition can be awaited).

export class WaitForTimeoutError extends Error {
  constructor(description: string, timeoutMs: number, lastError: unknown) {
    const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
    super(`Timed out after ${timeoutMs} ms waiting for ${description}${detail}`);
    this.name = "WaitForTimeoutError";
  }
}

export type WaitForOptions = {
  timeoutMs?: number;
  intervalMs?: number;
  /** Named in the timeout error, e.g. "5 SENT rows". */
  description?: string;
};

/**
 * Resolves with the first truthy value `condition` returns; a condition that throws counts as not yet.
 * Rejects with WaitForTimeoutError when `timeoutMs` passes first.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 50, description = "condition" }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) throw new WaitForTimeoutError(description, timeoutMs, lastError);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
