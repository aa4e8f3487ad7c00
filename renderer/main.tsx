import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { pickHost } from './host/pick-host.ts';
import { bundledLanguages, createBrowserEnv } from './pipeline-env.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App host={pickHost()} env={createBrowserEnv()} languages={bundledLanguages()} />
  </StrictMode>,
);
