import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startServiceWorker, UpdateOffer } from './pwa';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdateOffer />
    </StrictMode>,
  );
startServiceWorker();
