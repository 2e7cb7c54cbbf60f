/** A label's box in pixels. */
export interface Box { x: number; y: number; w: number; h: number }

/**
 * Greedy label placement: keeps each box, in order, unless it overlaps one kept before.
 * Returns which boxes to show.
 */
export function declutter(boxes: Box[], margin = 2): boolean[] {
  const kept: Box[] = [];
  return boxes.map((b) => {
    const clash = kept.some((k) => b.x < k.x + k.w + margin && k.x < b.x + b.w + margin && b.y < k.y + k.h + margin && k.y < b.y + b.h + margin);
    if (!clash) kept.push(b);
    return !clash;
  });
}
