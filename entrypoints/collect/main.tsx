/** Mounts the list collector: every report behind a list page, collected politely. */
import { render } from 'preact';
import { CollectPage } from './CollectPage';
import '../../components/panel.css';
import '../library/library.css';
import '../file/file.css';
import './collect.css';

const app = document.getElementById('app');
if (app) render(<CollectPage />, app);
