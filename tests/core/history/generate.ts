import { newReview, type Review } from '../../../src/core/review/model';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';

/**
 * Synthetic review histories shaped like published IPS fidelity results: totals from 60 to 125
 * with most between 90 and 110, services improving a little from review to review, and two
 * raters who agree on about 92 % of items (reported inter-rater agreement is typically 90–95 %).
 * Deterministic for a given seed.
 */

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number, mean: number, sd: number): number {
  const u = Math.max(random(), 1e-12),
    v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** 25 item scores 1–5 that add up to exactly `total` (25–125), spread like real score sheets. */
export function scoresForTotal(total: number, random: () => number): Score[] {
  const items = DEFAULT_SCALE.items.length;
  const p = (total - items) / (4 * items);
  const scores = Array.from({ length: items }, () => {
    let score = 1;
    for (let k = 0; k < 4; k++) if (random() < p) score++;
    return score;
  });
  let sum = scores.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const index = Math.floor(random() * items);
    if (sum < total && scores[index]! < 5) {
      scores[index]!++;
      sum++;
    } else if (sum > total && scores[index]! > 1) {
      scores[index]!--;
      sum--;
    }
  }
  return scores as Score[];
}

function addMonths(iso: string, months: number, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28) + days));
  return date.toISOString().slice(0, 10);
}

export interface GenerateOptions {
  readonly services?: number;
  readonly reviewsPerService?: number;
  readonly seed?: number;
  /** Probability that rater 2 differs from rater 1 on an item. Default 0.075 (≈ 92.5 % agreement). */
  readonly disagreement?: number;
}

export interface GeneratedHistory {
  /** All reviews, service by service, each service's oldest first. */
  readonly reviews: Review[];
  readonly services: string[];
}

/** 50 services × 10 reviews by default (500 reviews), reviewed about every six months from 2016. */
export function generateHistory(options: GenerateOptions = {}): GeneratedHistory {
  const serviceCount = options.services ?? 50;
  const perService = options.reviewsPerService ?? 10;
  const disagreement = options.disagreement ?? 0.075;
  const random = prng(options.seed ?? 20250607);
  const reviews: Review[] = [];
  const services: string[] = [];
  const items = DEFAULT_SCALE.items;
  for (let s = 0; s < serviceCount; s++) {
    const service = `Tjeneste ${String(s + 1).padStart(2, '0')}`;
    services.push(service);
    const start = addMonths('2016-01-10', Math.floor(random() * 12), Math.floor(random() * 20));
    let level = clamp(normal(random, 93, 9), 62, 118);
    let previousId: string | undefined;
    for (let k = 0; k < perService; k++) {
      // Services tend to improve after the baseline, with some setbacks.
      level = clamp(level + normal(random, 1.2, 3.5), 60, 125);
      const total = Math.round(clamp(level + normal(random, 0, 3), 60, 125));
      const consensus = scoresForTotal(total, random);
      const review = newReview({
        id: `${service.toLowerCase().replace(' ', '-')}-r${k + 1}`,
        service,
        team: 'Team A',
        date: addMonths(start, 6 * k, Math.floor(random() * 10)),
        raters: [
          { id: 'r1', name: 'Evaluator 1' },
          { id: 'r2', name: 'Evaluator 2' },
        ],
      });
      items.forEach((item, index) => {
        const agreed = consensus[index]!;
        let second: number = agreed;
        if (random() < disagreement) second = agreed === 1 ? 2 : agreed === 5 ? 4 : agreed + (random() < 0.5 ? -1 : 1);
        const record = review.items[item.id]!;
        record.raterScores = { r1: agreed, r2: second as Score };
        record.consensus = agreed;
        if (agreed < 5) record.recommendation = `Anbefaling for ${item.id}.`;
      });
      if (previousId) review.previousReviewId = previousId;
      previousId = review.id;
      reviews.push(review);
    }
  }
  return { reviews, services };
}
