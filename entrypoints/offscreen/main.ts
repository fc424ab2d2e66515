/** Offscreen document (Chrome): gives the service worker a DOM for DOMPurify and for reading big pages. */
import { onMessage } from '../../messaging/protocol';
import { analyzeMarkupHere, sanitizeHere } from '../background/sanitize';

onMessage('sanitizeHtml', ({ data }) => sanitizeHere(data));
onMessage('analyzeMarkup', ({ data }) => analyzeMarkupHere(data.html, data.url));
