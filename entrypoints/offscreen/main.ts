/** Offscreen document (Chrome): gives the service worker a DOM for DOMPurify. */
import { onMessage } from '../../messaging/protocol';
import { sanitizeHere } from '../background/sanitize';

onMessage('sanitizeHtml', ({ data }) => sanitizeHere(data));
