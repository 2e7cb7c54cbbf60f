/** A box in pixels. */
export interface Box { x: number; y: number; w: number; h: number }

/** Where a label stands around its point. */
export type Side = 'right' | 'left' | 'below' | 'above' | 'far-right' | 'far-left';
/** In order of preference; the far sides clear a marker standing on the point itself. */
export const SIDES: Side[] = ['right', 'left', 'below', 'above', 'far-right', 'far-left'];

/** The box of a `w`×`h` label on one side of point (x, y), as the CSS of `.province-point--<side>` draws it. */
export function labelBox(x: number, y: number, w: number, h: number, side: Side): Box {
  switch (side) {
    case 'right': return { x: x + 6, y: y - h / 2, w, h };
    case 'left': return { x: x - 6 - w, y: y - h / 2, w, h };
    case 'below': return { x: x - w / 2, y: y + 5, w, h };
    case 'above': return { x: x - w / 2, y: y - 5 - h, w, h };
    case 'far-right': return { x: x + 20, y: y - h / 2, w, h };
    case 'far-left': return { x: x - 20 - w, y: y - h / 2, w, h };
  }
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/**
 * Greedy label placement: each label, in order, takes the first side where it overlaps neither
 * an obstacle (a marker) nor a label placed before; null when no side is free (left unlabelled).
 */
export function placeLabels(labels: { x: number; y: number; w: number; h: number }[], obstacles: Box[], margin = 2): (Side | null)[] {
  const kept: Box[] = [];
  return labels.map((l) => {
    for (const side of SIDES) {
      const box = labelBox(l.x, l.y, l.w, l.h, side);
      if (obstacles.some((o) => overlaps(box, o, margin)) || kept.some((k) => overlaps(box, k, margin))) continue;
      kept.push(box);
      return side;
    }
    return null;
  });
}
