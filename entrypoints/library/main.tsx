/** Mounts the library. */
import { render } from 'preact';
import { App } from './App';
import '../../components/panel.css';
import './library.css';

const app = document.getElementById('app');
if (app) render(<App />, app);
