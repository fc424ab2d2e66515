/** Mounts the status panel. */
import { render } from 'preact';
import { StatusPanel } from '../../components/StatusPanel';
import '../../components/panel.css';

const app = document.getElementById('app');
if (app) render(<StatusPanel />, app);
