/**
 * Leaflet and its CSS, with the default icon's images bundled. Every module imports Leaflet from
 * here. (Facilities are clustered by supercluster, which needs no Leaflet plugin.)
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Bundlers break the default icon's guessed image path: give it the bundled files.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

export default L;
