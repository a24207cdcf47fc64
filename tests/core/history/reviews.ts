import type { Review } from '../../../src/core/review/model';
import { sampleReview } from '../../../src/core/review/sample';

/** The sample review under another id (and service), for history tests. */
export function reviewWithId(id: string, service = 'Tjeneste A'): Review {
  const review = sampleReview();
  review.id = id;
  review.service = service;
  return review;
}
