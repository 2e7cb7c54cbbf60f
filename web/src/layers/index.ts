export { FacilityLayer, type FacilityLayerOptions } from './FacilityLayer.js';
export { FacilityIcon } from './FacilityIcon.js';
export { ProvincePointsLayer } from './ProvincePointsLayer.js';
export { BoundaryLayer } from './BoundaryLayer.js';
export { OsmTileLayer } from './OsmTileLayer.js';
export { NearPointLayer } from './NearPointLayer.js';
export { KIND_STYLES, glyphSvg, kindSwatch } from './kindStyle.js';
export { CoverageLayer, type ProvinceStyle } from './CoverageLayer.js';
export { ReachLayer } from './ReachLayer.js';
