import { describe, expect, it } from '@jest/globals';
import { isInVietnam } from '../../server/src/modules/common/territory.js';

describe('Vietnam territory check', () => {
  it.each([
    ['Hà Nội', 21.0285, 105.8542],
    ['Điện Biên Phủ', 21.3856, 103.0169],
    ['Hồ Chí Minh City', 10.7769, 106.7009],
    ['Cà Mau cape', 8.62, 104.72],
    ['Phú Quốc', 10.22, 103.96],
    ['Côn Đảo', 8.68, 106.61],
    ['Lũng Cú (northernmost)', 23.36, 105.32],
    ['Hoàng Sa', 16.5, 112.0],
    ['Trường Sa', 8.65, 111.92],
    ['Song Tử Tây (Trường Sa)', 11.43, 114.33],
  ])('accepts %s', (_name, lat, lng) => {
    expect(isInVietnam(lat, lng)).toBe(true);
  });

  it.each([
    ['Paris', 48.8566, 2.3522],
    ['Bangkok', 13.7563, 100.5018],
    ['Vientiane', 17.9757, 102.6331],
    ['Phnom Penh', 11.5564, 104.9282],
    ['Kunming', 25.04, 102.71],
    ['Nanning', 22.82, 108.32],
    ['Manila', 14.5995, 120.9842],
    ['the open sea east of Nha Trang', 12.2, 110.5],
    ['not a number', Number.NaN, 105],
  ])('refuses %s', (_name, lat, lng) => {
    expect(isInVietnam(lat, lng)).toBe(false);
  });
});
