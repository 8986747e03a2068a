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

/** Sign-in attempts per client address: 20 per 10 minutes. */
export const signInAddressRateLimit = createRateLimit({ points: 20, durationSeconds: 600 });
/** Sign-in attempts per e-mail address: 10 per 15 minutes (the lockout acts before that). */
export const signInAccountRateLimit = createRateLimit({ points: 10, durationSeconds: 900 });
/** Second-factor codes per session and per address: 10 per 10 minutes. */
export const secondFactorRateLimit = createRateLimit({ points: 10, durationSeconds: 600 });
/** Password reset requests per address and per e-mail: 5 per hour. */
export const resetRateLimit = createRateLimit({ points: 5, durationSeconds: 3600 });
/** Invitations and invitation pages per address: 20 per hour. */
export const invitationRateLimit = createRateLimit({ points: 20, durationSeconds: 3600 });

/** Consumes several limits at once; the longest wait wins. */
export async function consumeAll(entries: Array<[RateLimit, string]>): Promise<number> {
  const waits = await Promise.all(entries.map(([limit, key]) => limit.consume(key)));
  return Math.max(0, ...waits);
}
