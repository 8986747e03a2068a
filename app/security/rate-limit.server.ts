import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Rate limits for public forms, per client address, in the memory of this
 * process (rate-limiter-flexible). A limit answers how long to wait; the
 * route turns that into a 429 with a Dutch message and `Retry-After`.
 */
export interface RateLimit {
  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  consume(key: string): Promise<number>;
}

export function createRateLimit(options: { points: number; durationSeconds: number }): RateLimit {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.durationSeconds });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (error) {
        if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
  };
}

/** "Klopt dit niet?": at most 5 suggestions per address per 10 minutes. */
export const suggestionRateLimit = createRateLimit({ points: 5, durationSeconds: 600 });
