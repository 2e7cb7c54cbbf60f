import './leaflet.js'; // Leaflet's CSS first, so that the page's styles override it
import './styles/index.css';
import { HubMapApp } from './app/HubMapApp.js';

/** Entry point of the map page (web/index.html). */
new HubMapApp(document.getElementById('app')!).start();
