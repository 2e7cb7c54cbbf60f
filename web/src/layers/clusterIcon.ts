import L from '../leaflet.js';

/** Short form of a count for a cluster's disc: 950, 1.2k, 12k. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  return `${Math.floor(count / 1000)}k`;
}

/**
 * The icon of a cluster of `count` facilities: a disc sized by the count, with
 * `data-testid="facility-cluster"` and `data-count` (the exact number), named for screen readers.
 */
export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
  const icon = L.divIcon({
    html: `<span data-testid="facility-cluster" data-count="${count}" aria-hidden="true">${shortCount(count)}</span>`,
    className: 'facility-cluster',
    iconSize: [size, size],
  });
  const create = icon.createIcon.bind(icon);
  icon.createIcon = (old?: HTMLElement) => {
    const div = create(old);
    div.setAttribute('aria-label', label);
    return div;
  };
  return icon;
}
