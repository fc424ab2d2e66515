/** Mounts the file reader: a report published as PDF or Word, read like a page. */
import { render } from 'preact';
import { FilePage } from './FilePage';
import '../../components/panel.css';
import '../library/library.css';
import './file.css';

const app = document.getElementById('app');
if (app) render(<FilePage />, app);
