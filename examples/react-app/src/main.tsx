import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SightlineProvider } from '@sightline/react';
import { App } from './app';
import { sightline } from './sightline';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SightlineProvider client={sightline}>
      <App />
    </SightlineProvider>
  </StrictMode>,
);
